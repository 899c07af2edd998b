import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMailPage } from './mail-page';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const PANEL = '[aria-label="Interview follow-up"]';

describe('Gmail: every compose kind gets its own panel', () => {
  let ext: ExtensionSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.call('interviews/create', {
      input: {
        company: 'Globex',
        role: 'Data Analyst',
        interviewer: { name: 'Sam Rivera', email: 'sam.rivera@globex.example' },
        start: Date.now() - 8 * 86_400_000,
      },
    });
    ({ page, errors } = await openMailPage(ext, { gmail: 'gmail/demo.html' }, INBOX));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('mounts one panel per floating compose, two at once, and removes each with its compose', async () => {
    await withFixture(page, (fixture) => fixture.openCompose('floating'));
    await withFixture(page, (fixture) => fixture.openCompose('floating'));
    await expect.poll(() => page.locator(PANEL).count(), { timeout: 10_000 }).toBe(2);
    await screenshot(page, 'gmail-two-composes');
    await withFixture(page, (fixture) => {
      const [first] = fixture.composes();
      (fixture as unknown as { closeCompose(id?: string): boolean }).closeCompose(first?.composeid);
    });
    await expect.poll(() => page.locator(PANEL).count()).toBe(1);
  });

  it('fills an empty subject and matches the interview by its recipient', async () => {
    const dialog = page.locator('[role=dialog]:has([g_editable="true"])').first();
    const panel = page.locator(PANEL).first();
    const to = dialog.locator('[name="to"] input[peoplekit-id]');
    await to.fill('sam.rivera@globex.example');
    await to.press('Enter');
    await dialog.locator('[g_editable="true"]').click();
    await panel.getByRole('button', { name: 'Insert check-in' }).click();
    // A new recipient: the panel asks the background for the matching interview, then inserts.
    const body = dialog.locator('[g_editable="true"]');
    await expect.poll(() => body.innerText()).toContain('Data Analyst');
    expect(await body.innerText()).toContain('Sam');
    expect(await dialog.locator('input[name=subjectbox]').inputValue()).not.toBe('');
    await expect.poll(() => panel.textContent()).toContain('Globex');
  });

  it("puts the template above the account's signature when the caret was never in the body", async () => {
    await withFixture(page, (fixture) => {
      fixture.setSignature(['Alex Morgan', '+1 555 0100']);
      fixture.openCompose('floating');
    });
    const dialog = page.locator('[role=dialog]:has([g_editable="true"])').last();
    const to = dialog.locator('[name="to"] input[peoplekit-id]');
    await to.fill('sam.rivera@globex.example');
    await to.press('Enter');
    // No click in the body: the caret is still in To, as when a user goes straight to the panel.
    await page.locator(PANEL).last().getByRole('button', { name: 'Insert check-in' }).click();
    const body = dialog.locator('[g_editable="true"]');
    await expect.poll(() => body.innerText()).toContain('Data Analyst');
    const text = await body.innerText();
    expect(text.trimStart().startsWith('Hi Sam,')).toBe(true);
    // The note, signed with the account's name, ends before the signature's own lines begin.
    expect(text).toMatch(
      /Thank you again for your time,\nAlex Morgan\n+--\s+Alex Morgan\n\+1 555 0100$/,
    );
    expect(text.trimEnd().endsWith('+1 555 0100')).toBe(true);
    await withFixture(page, (fixture) => {
      fixture.setSignature(null);
      const [, second] = fixture.composes();
      (fixture as unknown as { closeCompose(id?: string): boolean }).closeCompose(
        second?.composeid,
      );
    });
    await expect.poll(() => page.locator(PANEL).count()).toBe(1);
  });

  it('docks a panel in the full-screen compose', async () => {
    await withFixture(page, (fixture) => fixture.openCompose('fullscreen'));
    await expect.poll(() => page.locator(PANEL).count(), { timeout: 10_000 }).toBe(2);
  });

  it('docks a panel in a pop-out compose window', async () => {
    const [popout] = await Promise.all([
      ext.context.waitForEvent('page'),
      withFixture(page, (fixture) => fixture.openCompose('popout')),
    ]);
    popout.on('pageerror', (error) => errors.push(error.message));
    await popout.locator(PANEL).waitFor({ timeout: 10_000 });
    await popout.locator('[g_editable="true"]').click();
    await popout.locator(PANEL).getByRole('button', { name: 'Insert thank-you' }).click();
    // Its To holds an address no interview has: the panel asks the background again first.
    await expect
      .poll(() => popout.locator('[g_editable="true"]').innerText())
      .toContain("[interviewer's first name]");
    await popout.close();
  });
});
