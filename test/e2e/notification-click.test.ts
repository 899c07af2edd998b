import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { ThreadRef } from '../../src/core/interview';
import {
  launchExtension,
  type ChromeApi,
  type ExtensionSession,
  type FixturePages,
} from './harness';
import { dueInterview } from './interviews';
import { openMailPage } from './mail-page';

/**
 * A click on a reminder brings the tab that already shows the thread to the front. The extension
 * cannot read tab URLs (no "tabs" permission): the content script in that tab says it shows it.
 */

interface Site {
  provider: ThreadRef['provider'];
  pages: FixturePages;
  url: string;
  /** The open thread's id, as the adapter reads it and as tagging stores it. */
  threadId(page: Page): Promise<string>;
}

const SITES: Site[] = [
  {
    provider: 'gmail',
    pages: { gmail: 'gmail/thread.html' },
    url: 'https://mail.google.com/mail/u/0/#inbox/acme',
    threadId: async (page) =>
      (await page.locator('h2[data-legacy-thread-id]').getAttribute('data-legacy-thread-id')) ?? '',
  },
  {
    provider: 'outlook',
    pages: { outlook: 'outlook/reading.html' },
    url: 'https://outlook.live.com/mail/0/',
    threadId: async (page) =>
      (await page.locator('[data-convid][aria-selected="true"]').getAttribute('data-convid')) ?? '',
  },
];

/**
 * Tab ids as the worker sees them: with `active`, the tab in front in the focused window. Pages
 * cannot tell (headless Chromium keeps every page visible and focused), so the browser is asked.
 */
const tabIds = (ext: ExtensionSession, active = false): Promise<number[]> =>
  ext.serviceWorker.evaluate(
    async (front) =>
      (
        await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query(
          front ? { active: true, lastFocusedWindow: true } : {},
        )
      ).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    active,
  );

describe.each(SITES)('$provider: clicking a reminder', (site) => {
  let ext: ExtensionSession;
  let mail: Page;
  let mailTab: number | undefined;
  let notificationId = '';

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.recordNotifications();
    const before = await tabIds(ext);
    ({ page: mail } = await openMailPage(ext, site.pages, site.url));
    mailTab = (await tabIds(ext)).find((id) => !before.includes(id));
    await mail.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    const thread = {
      provider: site.provider,
      threadId: await site.threadId(mail),
      url: site.url,
      subject: 'Interview for Senior Software Engineer at Acme',
    };
    const view = await ext.call('interviews/create', { input: dueInterview({ thread }) });
    notificationId = `step:${view.interview.id}:thankYou`;
    await vi.waitFor(async () => expect(await ext.notificationIds()).toContain(notificationId), {
      timeout: 10_000,
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('focuses the tab that shows the thread, and opens no new one', async () => {
    const elsewhere = await ext.context.newPage();
    await elsewhere.goto(ext.url('src/options/index.html'));
    await elsewhere.bringToFront();
    expect(mailTab).toBeDefined();
    expect(await tabIds(ext, true)).not.toContain(mailTab);
    const tabs = await tabIds(ext);

    await ext.clickNotification(notificationId);
    await expect.poll(() => tabIds(ext, true), { timeout: 5_000 }).toEqual([mailTab]);
    expect(await ext.notificationIds()).not.toContain(notificationId);
    // Long enough for a new tab to have opened, had the click opened one.
    await mail.waitForTimeout(1_000);
    expect(await tabIds(ext)).toEqual(tabs);
  });

  it('opens the thread in a new tab once no tab shows it', async () => {
    await mail.close();
    const opened = ext.context.waitForEvent('page', { timeout: 10_000 });
    await ext.clickNotification(notificationId);
    const page = await opened;
    await page.waitForURL(site.url);
  });
});
