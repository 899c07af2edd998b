import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withFixture } from './gmail-fixture-api';
import { ROOT, screenshot } from './harness';
import { mailPageSuite } from './mail-page';

/** The product contract's strings, by message key, as the acceptance tests read them. */
const en = JSON.parse(
  readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const message = (key: string) => en[key]?.message ?? `(no message ${key})`;
const HINT = message('threadLooksLikeInvitation');
const TAG = message('threadTag');
const EDIT = message('threadEdit');

const THREAD_TAG = 'interview-follow-up-thread';

/**
 * How long a thread that is no invitation gets to say so anyway: the Acme thread's note shows
 * well within it (the background reads five languages' dates in tens of milliseconds).
 */
const ANSWER_MS = 2_000;

const hint = (page: Page) => page.locator(THREAD_TAG).getByRole('status').filter({ hasText: HINT });

/** The tag button of the thread whose subject is shown, once its bar has been mounted. */
const tagButton = (page: Page, name = TAG) =>
  page.locator(THREAD_TAG).getByRole('button', { name, exact: true });

async function saysNothingFor(page: Page): Promise<void> {
  await page.waitForTimeout(ANSWER_MS);
  expect(await hint(page).count()).toBe(0);
}

describe('Gmail: a thread that reads like an interview invitation says so', () => {
  const suite = mailPageSuite(
    { gmail: 'gmail/thread.html' },
    'https://mail.google.com/mail/u/0/#inbox/personal',
  );

  it('not on the personal thread with a date ("Dinner on Sunday?")', async () => {
    const { page } = suite;
    await page.getByRole('heading', { name: 'Dinner on Sunday?' }).waitFor({ timeout: 10_000 });
    await tagButton(page).waitFor({ timeout: 10_000 });
    await saysNothingFor(page);
  });

  it('beside "Tag as interview" on the Acme recruiter thread', async () => {
    const { page } = suite;
    await withFixture(page, (fixture) => fixture.navigate('acme'));
    await hint(page).waitFor({ timeout: 10_000 });
    // Beside the button, in the same bar: the note follows it.
    const order = await page.locator(THREAD_TAG).evaluate((host) => {
      const bar = host.shadowRoot?.querySelector('.thread-bar');
      return [...(bar?.children ?? [])].map((child) => child.className);
    });
    expect(order.slice(0, 2)).toEqual(['thread-bar__tag', 'thread-bar__hint']);
    await screenshot(page.locator('[role=main]'), 'gmail-invitation-hint');
  });

  it('no longer once the thread is tagged, nor after a reload', async () => {
    const { page } = suite;
    await tagButton(page).click();
    const form = page.getByRole('dialog', { name: TAG });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Acme Corp');
    await form.getByRole('button', { name: 'Save' }).click();
    await tagButton(page, EDIT).waitFor();
    expect(await hint(page).count()).toBe(0);
    await page.reload();
    await tagButton(page, EDIT).waitFor({ timeout: 10_000 });
    await saysNothingFor(page);
  });
});

describe('Outlook: a thread that reads like an interview invitation says so', () => {
  const suite = mailPageSuite(
    { outlook: 'outlook/reading.html' },
    'https://outlook.live.com/mail/0/',
  );

  it('beside "Tag as interview" on the Acme conversation', async () => {
    const { page } = suite;
    await tagButton(page).waitFor({ timeout: 10_000 });
    await hint(page).waitFor({ timeout: 10_000 });
    await screenshot(page.locator(THREAD_TAG), 'outlook-invitation-hint');
  });
});
