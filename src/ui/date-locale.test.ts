import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import es from '../../public/_locales/es/messages.json';
import ptBR from '../../public/_locales/pt_BR/messages.json';
import { loadDateLocale, localeCode } from './date-locale';
import de from '../../public/_locales/de/messages.json';
import fr from '../../public/_locales/fr/messages.json';

describe('the date-fns locale', () => {
  beforeEach(() => installCatalogue());

  it("follows the browser's language where the catalogue speaks it", () => {
    expect(localeCode('en-GB', 'en')).toBe('en-GB');
    expect(localeCode('de-AT', 'de')).toBe('de');
    expect(localeCode('pt-BR', 'pt')).toBe('pt-BR');
    expect(localeCode('es-419', 'es')).toBe('es');
    expect(localeCode('es-MX', 'es')).toBe('es');
    expect(localeCode('pt-BR', 'pt-BR')).toBe('pt-BR');
    expect(localeCode('pt-PT', 'pt-BR')).toBe('pt');
  });

  it('gives the German and French catalogues their own date language', () => {
    expect(localeCode('de-DE', de.catalogueLanguage.message)).toBe('de');
    expect(localeCode('fr-CA', fr.catalogueLanguage.message)).toBe('fr');
  });

  it('keeps the catalogue language otherwise, so a sentence is never in two languages', () => {
    expect(localeCode('de-DE', 'en')).toBeUndefined();
    expect(localeCode('fr', 'de')).toBe('de');
    expect(localeCode('en-US', 'es')).toBe('es');
    expect(localeCode('en-US', 'pt-BR')).toBe('pt-BR');
  });

  it('loads the British locale in a British browser, and none in an American one', async () => {
    expect(await loadDateLocale()).toBeUndefined();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect((await loadDateLocale())?.code).toBe('en-GB');
  });

  it.each([
    ['Spanish', es, 'es-419', 'es'],
    ['Brazilian Portuguese', ptBR, 'pt-BR', 'pt-BR'],
  ])('loads the %s locale under that catalogue', async (_, catalogue, browserLanguage, code) => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string) =>
        (catalogue as Record<string, { message: string } | undefined>)[key]?.message ?? '',
    );
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(browserLanguage);
    expect((await loadDateLocale())?.code).toBe(code);
  });
});
