import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GMAIL_CSP } from '../../scripts/fixture-route.mjs';
import {
  DIST,
  FIXTURES,
  GMAIL_HOST,
  launchExtension,
  screenshot,
  type ExtensionSession,
} from './harness';
import { withFixture } from './gmail-fixture-api';
import { acmeThreadInterview } from './interviews';
import { serveMailFixture, type LocalMailServer } from './local-mail-server';
import { openMailPage, type MailPage } from './mail-page';
import { withOutlook } from './outlook-fixture-api';

/**
 * Chrome does not run content scripts again in tabs that are open when the extension updates. Here
 * the same unpacked build is loaded again over CDP while a Gmail and an Outlook tab are open: the
 * same id, a real update (onInstalled "update", the old content script orphaned in each tab).
 */

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';
const OUTLOOK_URL = 'https://outlook.live.com/mail/0/';
const PANEL = 'interview-follow-up-panel';
/** The panel's own section, inside its shadow root. */
const PANEL_UI = '[aria-label="Interview follow-up"]';
const BAR = 'interview-follow-up-thread';
const UPDATED_NOTE = 'Interview follow-up was updated: try again';
const GMAIL_BODY = '[g_editable="true"]';
const OUTLOOK_BODY = '[role=textbox][contenteditable="true"][aria-multiline="true"]';

/** How many of our elements the page holds, panels or tag bars. */
const count = (page: Page, tag: string) =>
  page.evaluate((name) => document.querySelectorAll(name).length, tag);

/** Marks the elements the current script made, to tell them from the next script's. */
const markOld = (page: Page) =>
  page.evaluate(
    (tags) => {
      for (const element of document.querySelectorAll(tags.join(','))) {
        element.setAttribute('data-test-old', '');
      }
    },
    [PANEL, BAR],
  );

/**
 * Waits for the new script to have replaced the old one's elements, then checks that it stays at
 * `panels` panels and one tag bar: a second copy would add its own a frame or two later.
 */
async function expectReplaced(page: Page, panels: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('[data-test-old]').length), {
      timeout: 10_000,
    })
    .toBe(0);
  await expect.poll(() => count(page, PANEL), { timeout: 10_000 }).toBe(panels);
  await expect.poll(() => count(page, BAR), { timeout: 10_000 }).toBe(1);
  await page.waitForTimeout(1_000);
  expect(await count(page, PANEL)).toBe(panels);
  expect(await count(page, BAR)).toBe(1);
}

/** Tags the Gmail thread through the background, then reloads so the bar reads "Edit interview". */
async function createGmailInterview(ext: ExtensionSession, page: Page): Promise<void> {
  const threadId = await page
    .locator('h2[data-legacy-thread-id]')
    .getAttribute('data-legacy-thread-id');
  await ext.call('interviews/create', { input: acmeThreadInterview(threadId ?? '', GMAIL_URL) });
  await page.reload();
}

/** Opens the reply of the Gmail thread and waits for its panel to know the interview. */
async function openGmailReply(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
  await page
    .locator(PANEL_UI)
    .filter({ hasText: 'Next: Thank-you note' })
    .waitFor({ timeout: 10_000 });
}

/** Inserts the thank-you from the first panel into the first compose, whose body is `body`. */
async function insertThankYou(page: Page, body: string): Promise<string> {
  const target = page.locator(body).first();
  // Focus rather than a click: another compose may cover part of this one.
  await target.focus();
  await page.locator(PANEL).first().getByRole('button', { name: 'Insert thank-you' }).click();
  await expect.poll(() => target.innerText()).toContain('[topic you enjoyed]');
  return target.innerText();
}

/** Every uncaught error of the page and of our content script (which logs to the page console). */
function collectErrors(mail: MailPage): string[] {
  mail.page.on('console', (message) => {
    if (message.type() === 'error') mail.errors.push(`console: ${message.text()}`);
  });
  return mail.errors;
}

describe('an update while a Gmail and an Outlook tab are open', () => {
  let ext: ExtensionSession;
  let gmail: MailPage;
  let outlook: MailPage;

  beforeAll(async () => {
    ext = await launchExtension();
    gmail = await openMailPage(
      ext,
      { gmail: 'gmail/thread.html', outlook: 'outlook/reading.html' },
      GMAIL_URL,
    );
    outlook = await openMailPage(
      ext,
      { gmail: 'gmail/thread.html', outlook: 'outlook/reading.html' },
      OUTLOOK_URL,
    );
    collectErrors(gmail);
    collectErrors(outlook);
    await createGmailInterview(ext, gmail.page);
  });
  afterAll(async () => {
    expect(gmail.errors).toEqual([]);
    expect(outlook.errors).toEqual([]);
    await ext?.close();
  });

  it('shows one tag bar and one panel per compose before the update', async () => {
    await gmail.page.getByRole('button', { name: 'Edit interview' }).waitFor({ timeout: 10_000 });
    await openGmailReply(gmail.page);
    await outlook.page.getByRole('button', { name: 'Tag as interview' }).waitFor();
    await withOutlook(outlook.page, (fixture) => fixture.openCompose('reply'));
    await outlook.page.locator(PANEL).waitFor({ timeout: 10_000 });
    for (const page of [gmail.page, outlook.page]) {
      expect(await count(page, PANEL)).toBe(1);
      expect(await count(page, BAR)).toBe(1);
    }
  });

  it('leaves the running script alone when the page forges the handover event', async () => {
    await markOld(gmail.page);
    const marked = await gmail.page.locator('[data-test-old]').count();
    expect(marked).toBe(2);
    await gmail.page.evaluate(() =>
      document.dispatchEvent(new Event('interview-follow-up-handover')),
    );
    await gmail.page.waitForTimeout(500);
    expect(await gmail.page.locator('[data-test-old]').count()).toBe(marked);
    await gmail.page.getByRole('button', { name: 'Edit interview' }).waitFor();
  });

  it('asks for scripting without a new install warning', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    const built = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as {
      permissions: string[];
      host_permissions?: string[];
    };
    const before = {
      ...built,
      permissions: built.permissions.filter((name) => name !== 'scripting'),
      host_permissions: undefined,
    };
    const warnings = (manifest: object) =>
      page.evaluate(
        (text) =>
          (
            globalThis as unknown as {
              chrome: {
                management: { getPermissionWarningsByManifest(text: string): Promise<string[]> };
              };
            }
          ).chrome.management.getPermissionWarningsByManifest(text),
        JSON.stringify(manifest),
      );
    const [now, then] = [await warnings(built), await warnings(before)];
    expect(now).toEqual(then);
    // The warnings both have: the mail sites and the notifications.
    expect(now).toEqual([
      'Read and change your data on a number of websites',
      'Display notifications',
    ]);
    await page.close();
  });

  it('after the update, the new script replaces the old one: one bar, one panel per compose', async () => {
    await markOld(gmail.page);
    await markOld(outlook.page);
    const before = await ext.storage();
    await ext.update();
    await expectReplaced(gmail.page, 1);
    await expectReplaced(outlook.page, 1);
    // The update kept the data.
    expect(await ext.storage()).toEqual(before);
  });

  it('the panels of the composes that were open insert, from the interview', async () => {
    await expect
      .poll(() => gmail.page.locator(PANEL_UI).textContent(), { timeout: 10_000 })
      .toContain('Next: Thank-you note');
    const text = await insertThankYou(gmail.page, GMAIL_BODY);
    expect(text).toContain('Acme Corp');
    await screenshot(gmail.page, 'update-gmail-panel-inserted');
    await insertThankYou(outlook.page, OUTLOOK_BODY);
  });

  it('a compose opened after the update gets its panel, and the thread bar reaches the new background', async () => {
    await withFixture(gmail.page, (fixture) => fixture.openCompose('floating'));
    await expect.poll(() => count(gmail.page, PANEL), { timeout: 10_000 }).toBe(2);
    await outlook.page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = outlook.page.getByRole('dialog', { name: 'Tag as interview' });
    // The prefill is worked out by the background, so a filled form means it answered.
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Acme Corp');
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('a second update is handled the same way', async () => {
    await markOld(gmail.page);
    await ext.update();
    await expectReplaced(gmail.page, 2);
  });
});

describe('turned off and on again while Gmail is open', () => {
  let ext: ExtensionSession;
  let gmail: MailPage;

  beforeAll(async () => {
    ext = await launchExtension();
    gmail = await openMailPage(ext, { gmail: 'gmail/thread.html' }, GMAIL_URL);
    collectErrors(gmail);
    await createGmailInterview(ext, gmail.page);
    await gmail.page.getByRole('button', { name: 'Edit interview' }).waitFor({ timeout: 10_000 });
    await openGmailReply(gmail.page);
  });
  afterAll(async () => {
    expect(gmail.errors).toEqual([]);
    await ext?.close();
  });

  it('while off, saving from the open form says the extension was updated, without an error', async () => {
    await gmail.page.getByRole('button', { name: 'Edit interview' }).click();
    const form = gmail.page.getByRole('dialog', { name: 'Edit interview' });
    await form.getByLabel('Role').fill('Staff Engineer');
    await ext.setEnabled(false);
    // The old script steps down at its next heartbeat (a second), except for the open form: what
    // the user typed is still there after it.
    await expect.poll(() => count(gmail.page, PANEL), { timeout: 5_000 }).toBe(0);
    expect(await form.getByLabel('Role').inputValue()).toBe('Staff Engineer');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe(UPDATED_NOTE);
    await screenshot(gmail.page, 'update-note-while-off');
  });

  it('when the user closes the form while off, the old script takes its bar away', async () => {
    await gmail.page
      .getByRole('dialog', { name: 'Edit interview' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await expect.poll(() => count(gmail.page, BAR)).toBe(0);
    await withFixture(gmail.page, (fixture) => fixture.openCompose('floating'));
    await gmail.page.waitForTimeout(1_500);
    expect(await count(gmail.page, PANEL)).toBe(0);
    expect(await count(gmail.page, BAR)).toBe(0);
  });

  it('on again, the new script puts one bar and one panel per compose back, and they work', async () => {
    await ext.setEnabled(true);
    await expect.poll(() => count(gmail.page, PANEL), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => count(gmail.page, BAR), { timeout: 10_000 }).toBe(1);
    await gmail.page.waitForTimeout(1_000);
    expect(await count(gmail.page, PANEL)).toBe(2);
    expect(await count(gmail.page, BAR)).toBe(1);
    await gmail.page.getByRole('button', { name: 'Edit interview' }).waitFor();
    await insertThankYou(gmail.page, GMAIL_BODY);
  });
});

/**
 * At a browser start the restored mail tab gets the content script twice: from the manifest as it
 * loads, and from the worker's first start (the unpacked extension is installed again). The tab is
 * restored before any Playwright route exists, so it is served from a local HTTPS server.
 */
describe('a browser restart with the Gmail tab restored', () => {
  let ext: ExtensionSession;
  let server: LocalMailServer;
  let errors: string[] = [];

  beforeAll(async () => {
    server = await serveMailFixture(GMAIL_HOST, join(FIXTURES, 'gmail/thread.html'), {
      'content-security-policy': GMAIL_CSP,
    });
    ext = await launchExtension({ args: ['--restore-last-session', ...server.args()] });
    const gmail = await openMailPage(ext, { gmail: 'gmail/thread.html' }, GMAIL_URL);
    errors = collectErrors(gmail);
    await createGmailInterview(ext, gmail.page);
    await gmail.page.getByRole('button', { name: 'Edit interview' }).waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
    await server?.close();
  });

  it('has one tag bar and a panel that inserts in the restored tab', async () => {
    expect(errors).toEqual([]);
    await ext.restart();
    const page = ext.context.pages().find((open) => open.url().startsWith(GMAIL_URL));
    if (!page) throw new Error(`No restored Gmail tab: ${ext.context.pages().map((p) => p.url())}`);
    // Loaded by the browser at its start, from the local server: no test code opened it.
    expect(server.documents).toContain(GMAIL_URL.replace(/#.*/, ''));
    errors = collectErrors({ page, errors: [] });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.getByRole('button', { name: 'Edit interview' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1_500);
    expect(await count(page, BAR)).toBe(1);
    await openGmailReply(page);
    await page.waitForTimeout(500);
    expect(await count(page, PANEL)).toBe(1);
    await insertThankYou(page, GMAIL_BODY);
  });
});
