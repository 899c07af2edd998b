import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../src/core/interview';
import type { Template } from '../../src/core/templates';
import { launchExtension, type ExtensionSession } from './harness';
import { HOSTILE, probeMarkup, type MarkupFindings } from './markup-probe';
import { DAY, HOUR, interviewInput } from './interviews';

/**
 * Hostile strings in every field a user, a mail thread or a file can fill: company, role, names,
 * subject, notes, template name and text, signature, and a backup file. They must stay text in
 * the popup, the options page, the Gmail panel and the compose body, and reach
 * notifications.create as the same plain strings (Chrome shows them as text).
 * Compose prefill from hostile mail is covered by gmail-hostile.test.ts and outlook-composes.
 */

const [IMG, SCRIPT, TEMPLATE_EXPR, JS_URL, SVG, DOLLAR, IFRAME] = HOSTILE;
const ALL = HOSTILE.join(' ');

const clean: MarkupFindings = { injected: [], pwned: false };

/** A backup file as a user might be sent one: every text field hostile. */
function hostileBackup(now: number): object {
  const start = now - 4 * HOUR;
  const interview: Interview = {
    id: 'imported-hostile',
    company: IFRAME,
    role: SVG,
    interviewer: { name: DOLLAR, email: 'mallory@evil.example' },
    contacts: [{ name: IMG, email: 'eve@evil.example', title: SCRIPT }],
    start,
    durationMinutes: 60,
    format: 'video',
    followUpChannel: 'email',
    notes: ALL,
    status: 'awaiting',
    events: [],
    thread: {
      provider: 'gmail',
      threadId: SCRIPT,
      url: `https://mail.google.com/mail/u/0/#inbox/${encodeURIComponent(SCRIPT)}`,
      subject: TEMPLATE_EXPR,
    },
    createdAt: start - DAY,
    updatedAt: start - DAY,
  };
  const template: Template = {
    id: 'hostile-thanks',
    name: IMG,
    step: 'thankYou',
    subject: `Thanks ${SCRIPT}`,
    body: `Hi {interviewerFirstName}, ${ALL} {company} {role}`,
  };
  return {
    format: 'interview-follow-up-backup',
    version: 1,
    exportedAt: now,
    interviews: [interview],
    templates: [template],
  };
}

describe('hostile strings never become markup', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.routeFixtures({ gmail: 'gmail/thread.html' });
    await ext.recordNotifications();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('has a probe that does find text turned into markup (the control)', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    await page.evaluate((html) => {
      const sink = document.createElement('div');
      // On purpose: the control does what the extension must never do.
      // eslint-disable-next-line no-restricted-properties
      sink.innerHTML = html;
      document.body.append(sink);
    }, ALL);
    const found = await probeMarkup(page);
    expect(found.injected.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('imports a hostile backup file: preview and result stay text', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('src/options/index.html'));
    const file = join(tmpdir(), `hostile-${Date.now()}.json`);
    await writeFile(file, JSON.stringify(hostileBackup(Date.now())));
    await options.getByLabel('Import backup').setInputFiles(file);
    await options.getByRole('region', { name: /^What importing/ }).waitFor();
    // Only now: Chromium reads a chosen file when the page asks for its text, not when chosen.
    await rm(file);
    expect(await probeMarkup(options)).toEqual(clean);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/^Imported: 1 added/).waitFor();
    expect(await probeMarkup(options)).toEqual(clean);
    const view = await ext.call('interviews/get', { id: 'imported-hostile' });
    expect(view?.interview.company).toBe(IFRAME);
    expect(view?.interview.notes).toBe(ALL);
    await options.close();
  });

  it('passes hostile names to notifications.create as the same plain strings', async () => {
    await ext.call('settings/update', { changes: { myName: IMG, signature: SCRIPT } });
    const { interview } = await ext.call('interviews/create', {
      input: interviewInput({
        company: SCRIPT,
        role: TEMPLATE_EXPR,
        interviewer: { name: IMG, email: 'dana.whitaker@acme.com' },
        notes: ALL,
        start: Date.now() - 4 * HOUR + 60_000,
      }),
    });
    await expect
      .poll(async () => (await ext.createdNotifications()).map((n) => n.title), {
        timeout: 10_000,
      })
      .toContain(`Thank-you note due: ${IMG} at ${SCRIPT}`);
    const created = (await ext.createdNotifications()).find((n) => n.title.includes(SCRIPT));
    expect(created?.message).toContain(TEMPLATE_EXPR);
    expect(created?.message).not.toMatch(/&lt;|&gt;|&quot;|&amp;/);
    expect(interview.company).toBe(SCRIPT);
  });

  it('shows them as text in the popup, rows and details', async () => {
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: /^Add interview$/ }).waitFor();
    const rows = popup.getByRole('button', { name: new RegExp(`^${escape(SCRIPT)}`) });
    await rows.first().waitFor({ timeout: 10_000 });
    await rows.first().click();
    const details = popup.getByRole('region', { name: `${SCRIPT}: details` });
    await details.waitFor();
    const text = (await popup.locator('body').textContent()) ?? '';
    for (const value of [IMG, SCRIPT, TEMPLATE_EXPR, IFRAME]) expect(text).toContain(value);
    expect(await probeMarkup(popup)).toEqual(clean);
    await popup.close();
  });

  it('shows them as text on the options page: templates, preview and settings', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('src/options/index.html'));
    await options.getByLabel('Your name').waitFor();
    expect(await options.getByLabel('Your name').inputValue()).toBe(IMG);
    // The templates load after the settings: their hostile text shows once they have.
    await expect.poll(() => options.locator('body').textContent()).toContain(IMG);
    expect(await probeMarkup(options)).toEqual(clean);
    await options.close();
  });

  it('shows them as text in the Gmail panel and inserts them into the compose as text', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/acme');
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const panel = page.locator('[aria-label="Interview follow-up"]');
    await panel.waitFor({ timeout: 10_000 });
    const baseline = await probeMarkup(page);
    await expect.poll(() => panel.textContent()).toContain('Next:');
    const body = page.locator('[g_editable="true"]');
    await body.click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    await expect.poll(() => body.innerText()).toContain(TEMPLATE_EXPR);
    const inserted = await body.innerText();
    for (const value of [IMG, SCRIPT, JS_URL, SVG, DOLLAR, IFRAME])
      expect(inserted).toContain(value);
    expect(await probeMarkup(page)).toEqual(baseline);
    expect(baseline.pwned).toBe(false);
    expect(await body.locator('img, script, svg, iframe, a').count()).toBe(0);
    await page.close();
  });
});

/** The string as a literal inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
