import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mailPageSuite } from './mail-page';

/**
 * Gmail and Outlook have single-key shortcuts (Gmail: "e" archives, "c" composes, "#" deletes).
 * A site ignores keys typed into its own fields by looking at the event's target; a key typed into
 * our shadow root reaches the page retargeted to our host element, which is no field, so it would
 * run the shortcut. The probe is a page listener that counts keys the way such a filter does.
 */
async function installShortcutProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { shortcutKeys: string[] }).shortcutKeys = seen;
    const typing = (target: EventTarget | null) =>
      target instanceof HTMLElement &&
      (target.matches('input, textarea, select') || target.isContentEditable);
    for (const type of ['keydown', 'keypress', 'keyup']) {
      document.addEventListener(type, (event) => {
        if (!typing(event.target)) seen.push(`${type}:${(event as KeyboardEvent).key}`);
      });
    }
  });
}

const shortcutKeys = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { shortcutKeys: string[] }).shortcutKeys.splice(0));

const SITES = [
  {
    name: 'Gmail',
    pages: { gmail: 'gmail/thread.html' },
    url: 'https://mail.google.com/mail/u/0/#inbox/acme',
  },
  {
    name: 'Outlook',
    pages: { outlook: 'outlook/reading.html' },
    url: 'https://outlook.live.com/mail/0/',
  },
];

describe.each(SITES)('$name: keys typed into our UI', ({ pages, url }) => {
  const suite = mailPageSuite(pages, url);

  it('are seen by the probe when typed on the page itself (the control)', async () => {
    await installShortcutProbe(suite.page);
    await suite.page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    await suite.page.locator('body').press('e');
    expect(await shortcutKeys(suite.page)).toEqual(['keydown:e', 'keypress:e', 'keyup:e']);
  });

  it('never reach the mail site’s shortcuts', async () => {
    const { page } = suite;
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const company = page.getByRole('dialog', { name: 'Tag as interview' }).getByLabel('Company');
    await company.fill('');
    await company.pressSequentially('Acme #ec');
    expect(await company.inputValue()).toBe('Acme #ec');
    await page.keyboard.press('Escape');
    expect(await shortcutKeys(page)).toEqual([]);
  });
});
