import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';

/**
 * Gmail ships a thread view without the subject header the adapter anchors to (h2.hP). Hashed
 * class names and a compose without its body are covered by gmail-resilience.test.ts; this is the
 * third change the issue names. The content script must not throw, must not mount a tag button on
 * a guess, and a compose on the same page must still get a working panel.
 */

const PANEL = '[aria-label="Interview follow-up"]';

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

  it('mounts no tag button when it cannot find the thread header, and throws nothing', async () => {
    await withFixture(page, (fixture) => fixture.ready);
    expect(await page.locator('h2.hP').count()).toBe(0);
    // The message list is still there: only the header the adapter needs is gone.
    expect(await page.locator('[role=main] .adn').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('button', { name: 'Tag as interview' }).count()).toBe(0);
    expect(await page.locator('interview-follow-up-thread').count()).toBe(0);
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
});
