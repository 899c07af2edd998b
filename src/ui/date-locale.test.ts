import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import { loadDateLocale, localeCode } from './date-locale';
import de from '../../public/_locales/de/messages.json';
import fr from '../../public/_locales/fr/messages.json';

describe('the date-fns locale', () => {
  beforeEach(installCatalogue);

  it("follows the browser's language where the catalogue speaks it", () => {
    expect(localeCode('en-GB', 'en')).toBe('en-GB');
    expect(localeCode('de-AT', 'de')).toBe('de');
    expect(localeCode('pt-BR', 'pt')).toBe('pt-BR');
  });

  it('gives the German and French catalogues their own date language', () => {
    expect(localeCode('de-DE', de.catalogueLanguage.message)).toBe('de');
    expect(localeCode('fr-CA', fr.catalogueLanguage.message)).toBe('fr');
  });

  it('keeps the catalogue language otherwise, so a sentence is never in two languages', () => {
    expect(localeCode('de-DE', 'en')).toBeUndefined();
    expect(localeCode('fr', 'de')).toBe('de');
  });

  it('loads the British locale in a British browser, and none in an American one', async () => {
    expect(await loadDateLocale()).toBeUndefined();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect((await loadDateLocale())?.code).toBe('en-GB');
  });
});
