import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getMessage, type CatalogueLocale } from '../catalogue-messages';
import { axeViolations } from './axe';
import { seedDashboard } from './dashboard-data';
import { launchExtension, ROOT, type ExtensionSession } from './harness';

const DOCS = join(ROOT, 'docs');

/** Each translation, with the tag Chromium's `--lang` takes and the catalogue names itself by. */
const LANGUAGES: [CatalogueLocale, string][] = [
  ['es', 'es'],
  ['de', 'de'],
  ['fr', 'fr'],
  ['pt_BR', 'pt-BR'],
];

// The popup and the options page in each language: accessible (axe finds nothing serious), in
// that language from the first heading to the template editor, and photographed for the README.
describe.each(LANGUAGES)('the pages in %s', (locale, tag) => {
  const message = (key: string, ...substitutions: string[]): string =>
    getMessage(key, substitutions, locale);
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension({ language: tag });
    await ext.routeFixtures();
    await seedDashboard(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the dashboard in that language, accessible', async () => {
    const popup = await ext.openPopup();
    await popup.getByRole('heading', { name: message('popupHeading') }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(tag);
    await popup
      .getByText(message('popupNext', message('stepThankYou')))
      .first()
      .waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(DOCS, `i18n-${locale}-popup.png`) });
    await popup.close();
  });

  it("shows the options in that language, the templates in the language's own words", async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    await page.getByRole('button', { name: message('exportBackup') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag);
    const language = page.getByLabel(message('templateLanguage'));
    expect(await language.inputValue()).toBe(locale);
    const body = page.getByLabel(message('templateBody'), { exact: true });
    await page.getByRole('button', { name: new RegExp(`^${message('stepThankYou')}`) }).click();
    expect(await page.getByLabel(message('templateName'), { exact: true }).inputValue()).toBe(
      message('stepThankYou'),
    );
    expect(await body.inputValue()).toContain('{firstName}');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(DOCS, `i18n-${locale}-options.png`), fullPage: false });
    await page.close();
  });
});
