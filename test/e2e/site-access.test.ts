import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type ExtensionSession } from './harness';
import { mailPageSuite } from './mail-page';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';

/**
 * What a user does in chrome://extensions: the extension's details page, Site access, the switch
 * "Automatically allow access on the following sites". Off withholds every mail site.
 */
async function setSiteAccess(ext: ExtensionSession, on: boolean): Promise<void> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${ext.extensionId}`);
    const automatic = page.getByRole('switch', { name: /Automatically allow access/ });
    await automatic.waitFor();
    if ((await automatic.getAttribute('aria-checked')) !== String(on)) await automatic.click();
    await expect.poll(() => automatic.getAttribute('aria-checked')).toBe(String(on));
  } finally {
    await page.close();
  }
}

const notice = (popup: Page) => popup.getByRole('status').filter({ hasText: 'Site access' });

describe('site access withheld by the user', () => {
  const suite = mailPageSuite({ gmail: 'gmail/thread.html' }, THREAD_URL);

  it('the dashboard says which sites are off, and the mail page shows nothing there', async () => {
    const { ext, page } = suite;
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    const before = await ext.openPopup();
    await before.getByRole('heading', { name: 'Interviews' }).waitFor();
    expect(await notice(before).count()).toBe(0);
    await before.close();

    await setSiteAccess(ext, false);
    const popup = await ext.openPopup();
    await expect
      .poll(() => notice(popup).textContent())
      .toMatch(/^Site access to Gmail and Outlook is off/);
    await notice(popup).getByRole('button', { name: 'Allow access' }).waitFor();
    await screenshot(popup, 'popup-site-access');
    await popup.close();

    // What the notice explains: after a reload the content script no longer runs on Gmail.
    await page.reload();
    await page.getByRole('main').waitFor();
    await page.waitForTimeout(1_500);
    expect(await page.getByRole('button', { name: 'Tag as interview' }).count()).toBe(0);
  });

  it('the notice goes once access is back', async () => {
    await setSiteAccess(suite.ext, true);
    const popup = await suite.ext.openPopup();
    await popup.getByRole('heading', { name: 'Interviews' }).waitFor();
    // Give the check the time it took to show the notice above.
    await popup.waitForTimeout(500);
    expect(await notice(popup).count()).toBe(0);
    await popup.close();
  });
});
