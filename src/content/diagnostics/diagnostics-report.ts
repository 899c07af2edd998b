import browser from 'webextension-polyfill';
import type { Diagnostics } from '../hosts/mail-host';

/**
 * The text "Copy diagnostics" puts on the clipboard: the extension's version, the browser's
 * language and which signal of each chain answered on this page. The adapters' `diagnose` gives
 * signal names and counts only, so no mail text, name or address is in it; nothing is sent.
 */
export function diagnosticsReport(problem: string, page: Diagnostics): string {
  const report = {
    extension: version(),
    browserLanguage: navigator.language,
    problem,
    ...page,
  };
  return Object.entries(report)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join('\n');
}

/** The extension's version; unknown to a copy whose extension was updated under the page. */
function version(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    // "Extension context invalidated.": the copy is about to step down (content/handover.ts).
    return 'unknown (updated since the page loaded)';
  }
}
