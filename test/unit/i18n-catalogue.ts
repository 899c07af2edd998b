import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import catalogue from '../../public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * browser.i18n.getMessage over the real English catalogue, with Chrome's substitution rules
 * ($NAME$ to its placeholder's content, then $1..$9 to the arguments), so component tests read
 * the same strings users see. fake-browser leaves i18n unimplemented.
 */
export function getMessage(key: string, substitutions: string | (string | number)[] = []): string {
  const entry = (catalogue as Record<string, Entry | undefined>)[key];
  if (!entry) return '';
  const args = (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
      return entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    })
    .replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}

/** Also the browser's language, which fake-browser leaves unimplemented: US English. */
export function installCatalogue(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
}
