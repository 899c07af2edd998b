import { describe, expect, it } from 'vitest';
import { screenshot } from './harness';
import { mailPageSuite } from './mail-page';
import { withOutlook } from './outlook-fixture-api';
import { openAcmeTagForm } from './acme-steps';

/**
 * Outlook in a UI language whose dates the extension does not read (it knows en, es, de, fr and
 * pt): the fixture speaks Italian (reading-it.html, the same as ?lang=it), the browser and so the
 * extension's own UI stay English. Dana's message is dated Thu, Feb 26, 2026, 10:15
 * (test/fixtures/shared/mailbox.js). No time of
 * the page can be read, so the thread bar says replies go unnoticed rather than stay silent.
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
    // The message's date cannot be read: "Tuesday, March 3" takes the year whose March 3 is a
    // Tuesday (core/mention-year.ts), not the next March 3 from today.
    const form = await openAcmeTagForm(suite.page);
    await form.getByRole('button', { name: 'Save' }).click();
    await suite.page.getByRole('button', { name: 'Edit interview' }).waitFor();
  });

  it('says replies cannot be noticed here, and a reply then changes nothing', async () => {
    const { page, ext } = suite;
    const problem = page.getByRole('status').filter({ hasText: /cannot read when the messages/ });
    await problem.waitFor({ timeout: 10_000 });
    expect(await problem.getByRole('button', { name: 'Copy diagnostics' }).count()).toBe(1);
    await screenshot(page, 'outlook-italian-unreadable-dates');
    await withOutlook(page, (fixture) =>
      fixture.receiveReply('Dana Whitaker', 'dana.whitaker@acme.com', 'Grazie, Alex!'),
    );
    // The new message is read (its time is not): the bar asks again and still says so.
    await expect
      .poll(() => page.locator('[aria-label="Messaggio di posta elettronica"]').count())
      .toBeGreaterThan(1);
    await problem.waitFor();
    const [view] = await ext.call('interviews/list', {});
    expect(view?.interview.events.filter((event) => event.type === 'reply')).toEqual([]);
    expect(await page.getByRole('group', { name: /The employer replied/ }).count()).toBe(0);
  });
});
