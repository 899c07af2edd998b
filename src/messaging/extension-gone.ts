import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';

/**
 * A content script outlives its extension when the extension is updated, reloaded or disabled:
 * Chrome leaves the old script running in every open tab with its runtime gone. From then on
 * `runtime.id` reads undefined and every extension call (sendMessage, storage, even
 * i18n.getMessage) throws "Extension context invalidated." (Chromium 156, checked in
 * test/e2e/extension-update.test.ts).
 */
export class ExtensionGoneError extends Error {
  constructor() {
    // "Interview follow-up was updated: try again". Once the extension is gone, i18n answers from
    // what it already looked up: content/start.ts looks this text up while it still can.
    super(t('extensionUpdated'));
    this.name = 'ExtensionGoneError';
  }
}

/** The slice of the runtime this reads; the real one in the extension. */
export interface RuntimeSurface {
  runtime?: { id?: string };
}

/** True once this script's extension is gone (updated, reloaded, disabled or removed). */
export function isOrphaned(
  surface: RuntimeSurface = browser as unknown as RuntimeSurface,
): boolean {
  try {
    return !surface.runtime?.id;
  } catch {
    return true;
  }
}

/** The error a failed extension call becomes: ExtensionGoneError when that is why it failed. */
export function explainFailure(error: unknown, surface?: RuntimeSurface): unknown {
  const invalidated = error instanceof Error && /context invalidated/i.test(error.message);
  return invalidated || isOrphaned(surface) ? new ExtensionGoneError() : error;
}
