import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { getMessage, type CatalogueLocale } from '../catalogue-messages';

export { getMessage, type CatalogueLocale };

/** Also the browser's language, which fake-browser leaves unimplemented: US English by default. */
export function installCatalogue(locale: CatalogueLocale = 'en', uiLanguage = 'en-US'): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
    getMessage(key, substitutions, locale),
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
}
