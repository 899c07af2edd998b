import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';
import { mailPageSuite } from './mail-page';

/**
 * Gmail ships a thread view without the subject header the adapter anchors to (h2.hP). Hashed
 * class names and a compose without its body are covered by gmail-resilience.test.ts; this is the
 * third change the issue names. The content script must not throw, must not mount a tag button on
 * a guess, must say in its own UI that it cannot read the thread, and a compose on the same page
 * must still get a working panel. A header that goes away under a mounted button takes the button
 * with it.
 */

const PANEL = '[aria-label="Interview follow-up"]';
const UNREADABLE = /could not read this thread/;

/** The notice the extension shows instead of the tag button, inside its shadow host. */
const notice = (page: Page) =>
  page.locator('interview-follow-up-thread').getByRole('status').filter({ hasText: UNREADABLE });

describe('Gmail without the thread header', () => {
  let ext: ExtensionSession;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.routeFixtures({ gmail: 'gmail/thread.html' });
    page = await ext.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The fixture renders in a script at the end of <body>; this runs just after, before the
    // content script (document_idle), so the header is missing from the first look.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        for (const header of document.querySelectorAll('h2.hP')) header.remove();
      });
    });
    await page.goto('https://mail.google.com/mail/u/0/#inbox/acme');
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('says it cannot read the thread instead of mounting a tag button, and throws nothing', async () => {
    await withFixture(page, (fixture) => fixture.ready);
    expect(await page.locator('h2.hP').count()).toBe(0);
    // The message list is still there: only the header the adapter needs is gone.
    expect(await page.locator('[role=main] .adn').count()).toBeGreaterThan(0);
    await notice(page).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Tag as interview' }).count()).toBe(0);
    expect(await page.locator('interview-follow-up-thread').count()).toBe(1);
    expect(await axeViolations(page, 'interview-follow-up-thread')).toEqual([]);
    await screenshot(page.locator('[role=main]'), 'gmail-thread-unreadable');
  });

  it('still docks a working panel beside a new compose on that page', async () => {
    await withFixture(page, (fixture) => fixture.openCompose('floating'));
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.textContent()).toContain('not tagged as an interview');
    const body = page.locator('[role=dialog] [g_editable="true"]');
    await body.click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    await expect.poll(() => body.innerText()).toContain('[');
    expect(await panel.getByRole('alert').count()).toBe(0);
  });

  it('says nothing in the inbox, where no thread is open', async () => {
    await withFixture(page, (fixture) => fixture.navigate('inbox'));
    await page.locator('interview-follow-up-thread').waitFor({ state: 'detached' });
  });
});

/** Sites whose header goes away under a mounted button, and how to take it away and back. */
const SITES = [
  {
    name: 'Gmail',
    pages: { gmail: 'gmail/thread.html' },
    url: 'https://mail.google.com/mail/u/0/#inbox/acme',
    header: 'h2.hP',
  },
  {
    name: 'Outlook',
    pages: { outlook: 'outlook/reading.html' },
    url: 'https://outlook.live.com/mail/0/',
    header: '#ConversationReadingPaneContainer [role=heading]',
  },
];

describe.each(SITES)('$name: the thread header removed after the button is up', (site) => {
  const suite = mailPageSuite(site.pages, site.url);

  it('takes the button away and says it cannot read the thread', async () => {
    const { page } = suite;
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    await page.evaluate((header) => {
      const element = document.querySelector(header);
      // Kept to put back in the next test, as a re-render would: where it was, not beside our bar.
      let next = element?.nextSibling ?? null;
      while (next?.nodeName === 'INTERVIEW-FOLLOW-UP-THREAD') next = next.nextSibling;
      (window as unknown as { __header?: unknown }).__header = {
        element,
        parent: element?.parentElement,
        next,
      };
      element?.remove();
    }, site.header);
    await page
      .getByRole('button', { name: 'Tag as interview' })
      .waitFor({ state: 'detached', timeout: 5_000 });
    await notice(page).waitFor({ timeout: 10_000 });
  });

  it('brings the button back, and drops the notice, when the header returns', async () => {
    const { page } = suite;
    await page.evaluate(() => {
      const saved = (window as unknown as { __header: { element: Node; parent: Node; next: Node } })
        .__header;
      saved.parent.insertBefore(saved.element, saved.next);
    });
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    expect(await notice(page).count()).toBe(0);
    expect(await page.locator('interview-follow-up-thread').count()).toBe(1);
  });
});
