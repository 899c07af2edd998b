import { describe, expect, it } from 'vitest';
import { mailPageSuite } from './mail-page';
import { withOutlook } from './outlook-fixture-api';
import { openAcmeTagFormWithoutDate } from './acme-steps';

/**
 * Outlook in a UI language whose dates the extension does not read (it knows en, es, de, fr and
 * pt): the fixture speaks Italian (reading-it.html, the same as ?lang=it), the browser and so the
 * extension's own UI stay English. Dana's message is dated Thu, Feb 26, 2026, 10:15
 * (test/fixtures/shared/mailbox.js). The interview's date field is not checked here.
 */
describe('Outlook in Italian', () => {
  const suite = mailPageSuite(
    { outlook: 'outlook/reading-it.html' },
    'https://outlook.live.com/mail/0/',
  );

  it("shows the Acme conversation in Italian, as the fixture's README promises", async () => {
    const { page } = suite;
    expect(await withOutlook(page, (fixture) => fixture.selfCheck())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    // The open message is labelled, as webmail-dom.md's "Email message" container is.
    const message = page.locator(
      '[aria-label="Messaggio di posta elettronica"][aria-expanded=true]',
    );
    await message.waitFor();
    for (const name of ['Rispondi', 'Rispondi a tutti', 'Inoltra'])
      await message.getByRole('button', { name, exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Reply', exact: true }).count()).toBe(0);
    for (const folder of ['Posta in arrivo', 'Posta inviata'])
      await page.getByRole('treeitem', { name: folder }).first().waitFor();
    const date = page.locator('[id^="ItemHeader_"][id$="_DATETIME"]').first();
    expect(await date.textContent()).toBe('gio 26/02/2026 10:15');
    expect(await date.getAttribute('title')).toBe('gioved\u00ec 26 febbraio 2026 10:15');
  });

  it('offers "Tag as interview" in English, its form prefilled from the message', async () => {
    await openAcmeTagFormWithoutDate(suite.page);
  });
});
