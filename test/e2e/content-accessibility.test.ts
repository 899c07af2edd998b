import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, type Violation } from './axe';
import { screenshot, type FixturePages } from './harness';
import { mailPageSuite } from './mail-page';
import { withFixture } from './gmail-fixture-api';
import { withOutlook } from './outlook-fixture-api';

/**
 * The UI the extension puts inside the mail page (the thread bar, the tag form, the compose
 * panel) gets the same axe-core check as the popup and options. Only our shadow hosts are
 * checked: the fixture imitates the mail site, whose own markup is not ours to judge. The OS may
 * be dark while the mail site stays light (Gmail's theme is its own setting): both schemes.
 */

interface Site {
  name: string;
  pages: FixturePages;
  url: string;
  openReply(page: Page): Promise<unknown>;
  receiveReply(page: Page): Promise<unknown>;
}

const SITES: Site[] = [
  {
    name: 'gmail',
    pages: { gmail: 'gmail/thread.html' },
    url: 'https://mail.google.com/mail/u/0/#inbox/acme',
    openReply: (page) => page.getByRole('button', { name: 'Reply', exact: true }).first().click(),
    receiveReply: (page) =>
      withFixture(page, (fixture) =>
        fixture.receiveReply('Dana Whitaker', 'dana.whitaker@acme.com', 'A quick update soon.'),
      ),
  },
  {
    name: 'outlook',
    pages: { outlook: 'outlook/reading.html' },
    url: 'https://outlook.live.com/mail/0/',
    openReply: (page) => withOutlook(page, (fixture) => fixture.openCompose('reply')),
    receiveReply: (page) =>
      withOutlook(page, (fixture) =>
        fixture.receiveReply('Dana Whitaker', 'dana.whitaker@acme.com', 'A quick update soon.'),
      ),
  },
];

// The shadow hosts' tags (PANEL_TAG, THREAD_TAG): their modules load the polyfill, not for Node.
const PANEL_TAG = 'interview-follow-up-panel';
const THREAD_TAG = 'interview-follow-up-thread';

const PANEL = '[aria-label="Interview follow-up"]';

const SCHEMES = ['light', 'dark'] as const;

/** Violations inside one of our shadow hosts, per colour scheme, with a screenshot of each. */
async function checkBoth(
  page: Page,
  tag: string,
  shot: string,
): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    found[colorScheme] = await axeViolations(page, tag);
    await screenshot(page.locator('[role=main]'), `${shot}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

const NONE = { light: [], dark: [] };

/** What has the focus inside our shadow roots: a field's name or a button's text. */
const focusedInside = (page: Page) =>
  page.evaluate(() => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return inner?.getAttribute('name') ?? inner?.textContent ?? null;
  });

describe.each(SITES)('$name: the UI inside the mail page is accessible', (site) => {
  const suite = mailPageSuite(site.pages, site.url);

  it('the thread bar, with its note that the thread looks like an invitation', async () => {
    const { page } = suite;
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    await page
      .locator(THREAD_TAG)
      .getByRole('status')
      .filter({ hasText: 'Looks like an interview invitation' })
      .waitFor({ timeout: 10_000 });
    expect(await checkBoth(page, THREAD_TAG, `${site.name}-axe-thread-bar`)).toEqual(NONE);
  });

  it('the tag form, prefilled', async () => {
    const { page } = suite;
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Acme Corp');
    expect(await checkBoth(page, THREAD_TAG, `${site.name}-axe-tag-form`)).toEqual(NONE);
  });

  it('the tag form takes the focus, and Escape gives it back to the button', async () => {
    const { page } = suite;
    await expect.poll(() => focusedInside(page)).toBe('company');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focusedInside(page)).toBe('Tag as interview');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInside(page)).toBe('company');
  });

  it('the saved notice and the question after the employer replies', async () => {
    const { page } = suite;
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor();
    await site.receiveReply(page);
    await page.getByRole('group', { name: /The employer replied/ }).waitFor({ timeout: 10_000 });
    expect(await checkBoth(page, THREAD_TAG, `${site.name}-axe-reply-question`)).toEqual(NONE);
  });

  it('the compose panel, expanded and collapsed', async () => {
    const { page } = suite;
    await site.openReply(page);
    // The section inside the shadow root: the host's own textContent does not reach in.
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Next:');
    expect(await checkBoth(page, PANEL_TAG, `${site.name}-axe-panel`)).toEqual(NONE);
    await panel.getByRole('button', { name: 'Interview follow-up' }).click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).waitFor({ state: 'detached' });
    expect(await checkBoth(page, PANEL_TAG, `${site.name}-axe-panel-collapsed`)).toEqual(NONE);
  });
});
