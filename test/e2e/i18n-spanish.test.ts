import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getMessage } from '../catalogue-messages';
import { openMailPage } from './mail-page';
import { launchExtension, screenshot, type ChromeApi, type ExtensionSession } from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';
/** The Spanish UI, looked up by key as the acceptance tests do. */
const es = (key: string, ...substitutions: string[]): string =>
  getMessage(key, substitutions, 'es');

// The journey of gmail-tag and gmail-compose in a Spanish browser (`--lang=es`), on the same
// English Gmail thread: the UI and the follow-up speak Spanish, found by key from _locales/es.
describe('the journey in a Spanish browser', () => {
  let ext: ExtensionSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension({ language: 'es' });
    ({ page, errors } = await openMailPage(ext, { gmail: 'gmail/thread.html' }, THREAD_URL));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('runs Chromium in Spanish, so chrome.i18n picks the Spanish catalogue', async () => {
    const [language, catalogue] = await ext.serviceWorker.evaluate(() => {
      const { i18n } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return [i18n.getUILanguage(), i18n.getMessage('catalogueLanguage')];
    });
    expect(language).toMatch(/^es\b/);
    // Debian's Chromium stays English without its language packs (the chromium-l10n package).
    expect(catalogue, 'chrome.i18n is not Spanish: is chromium-l10n installed?').toBe('es');
  });

  it('tags the thread through the Spanish button and form', async () => {
    expect(es('threadTag')).not.toBe('Tag as interview');
    await page.getByRole('button', { name: es('threadTag') }).click({ timeout: 10_000 });
    const form = page.getByRole('dialog', { name: es('threadTag') });
    await expect.poll(() => form.getByLabel(es('formCompany')).inputValue()).toBe('Acme Corp');
    const language = form.getByLabel(es('templateLanguage'));
    expect(await language.inputValue()).toBe('');
    expect(await language.locator('option:checked').textContent()).toBe(
      es('formLanguageAuto', es('languageSpanish')),
    );
    await form.getByRole('button', { name: es('formSave') }).click();
    await page.getByRole('button', { name: es('threadEdit') }).waitFor();
    const [view] = await ext.call('interviews/list', {});
    expect(view?.interview).toMatchObject({
      company: 'Acme Corp',
      role: 'Senior Software Engineer',
    });
    expect(view?.interview.language).toBeUndefined();
  });

  it("inserts the Spanish thank-you from the panel's Spanish button", async () => {
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const panel = page.getByRole('region', { name: es('panelTitle') });
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.getAttribute('lang')).toBe('es');
    const body = page.locator('[g_editable="true"]').first();
    await body.click();
    await panel.getByRole('button', { name: es('panelInsertThankYou') }).click();
    const text = await body.innerText();
    expect(text).toContain('Hola, Dana:');
    // The interview is on Tuesday, March 3 (the thread says so): its weekday in Spanish.
    expect(text).toContain(
      'Muchas gracias por dedicarme su tiempo el martes para hablar del puesto de Senior Software Engineer en Acme Corp.',
    );
    expect(text).toContain('[tema de la conversación que te gustó]');
    await screenshot(page.locator('[role=main]'), 'i18n-es-gmail-panel');
  });

  it('shows the dashboard in Spanish', async () => {
    const popup = await ext.openPopup();
    await popup.getByRole('heading', { name: es('popupHeading') }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    const row = popup.getByRole('listitem').filter({ hasText: 'Acme Corp' });
    await row.getByText(es('popupNext', es('stepThankYou'))).waitFor();
    await screenshot(popup, 'i18n-es-dashboard');
    await popup.close();
  });

  it('writes in the language chosen for an interview, whatever the UI speaks', async () => {
    const [view] = await ext.call('interviews/list', {});
    await ext.call('interviews/update', {
      id: view?.interview.id ?? '',
      changes: { language: 'de' },
    });
    const panel = page.getByRole('region', { name: es('panelTitle') });
    await page.reload();
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    await panel.waitFor({ timeout: 10_000 });
    const body = page.locator('[g_editable="true"]').first();
    await body.click();
    await panel.getByRole('button', { name: es('panelInsertThankYou') }).click();
    expect(await body.innerText()).toContain('vielen Dank, dass Sie sich am Dienstag Zeit');
  });
});
