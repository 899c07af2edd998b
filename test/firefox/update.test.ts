import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { GmailFixture } from '../e2e/gmail-fixture-api';
import { FirefoxSession } from './firefox-session';

/**
 * The extension installed again while Gmail is open, in Firefox: its own content script injection
 * at install and the background's (background/inject-open-tabs.ts) must leave exactly one tag bar
 * and one panel per compose, and the page no error.
 */
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';
const BAR = 'interview-follow-up-thread';
const PANEL = 'interview-follow-up-panel';

type FixtureWindow = Window & { __fixture?: GmailFixture };

const count = (page: Page, tag: string) =>
  page.evaluate((name) => document.querySelectorAll(name).length, tag);

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Firefox: an update while Gmail is open', () => {
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    session = await FirefoxSession.launch();
    page = await session.openGmail('gmail/thread.html', THREAD_URL);
    await page.locator('>>> ::-p-text(Tag as interview)').setTimeout(10_000).wait();
    await page.evaluate(() => (window as FixtureWindow).__fixture?.openCompose('floating'));
    await page.waitForFunction((tag) => document.querySelectorAll(tag).length === 1, {}, PANEL);
  });
  afterAll(async () => {
    expect(session?.pageErrors).toEqual([]);
    await session?.close();
  });

  it('keeps one tag bar and one panel, from the new copy, which reaches the new background', async () => {
    await page.evaluate((tags) => {
      for (const element of document.querySelectorAll(tags)) element.setAttribute('data-old', '');
    }, `${BAR}, ${PANEL}`);
    await session.reinstall();
    await page.waitForFunction(() => document.querySelectorAll('[data-old]').length === 0, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      (bar, panel) =>
        document.querySelectorAll(bar).length === 1 &&
        document.querySelectorAll(panel).length === 1,
      { timeout: 10_000 },
      BAR,
      PANEL,
    );
    await settle(1_500);
    expect(await count(page, BAR)).toBe(1);
    expect(await count(page, PANEL)).toBe(1);
    // The tag form is prefilled by the background: a filled form means the new one answered.
    await page.locator('>>> ::-p-text(Tag as interview)').click();
    await page
      .locator('>>> [role=dialog] input[name=company]')
      .filter((input) => input.value === 'Acme Corp')
      .setTimeout(10_000)
      .wait();
  });
});
