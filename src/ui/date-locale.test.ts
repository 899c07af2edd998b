import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import { loadDateLocale, localeCode } from './date-locale';

describe('the date-fns locale', () => {
  beforeEach(installCatalogue);

  it("follows the browser's language where the catalogue speaks it", () => {
    expect(localeCode('en-GB', 'en')).toBe('en-GB');
    expect(localeCode('de-AT', 'de')).toBe('de');
    expect(localeCode('pt-BR', 'pt')).toBe('pt-BR');
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
