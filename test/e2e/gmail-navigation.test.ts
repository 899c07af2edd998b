import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMailPage } from './mail-page';
import { launchExtension, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';

const PANEL = '[aria-label="Interview follow-up"]';

describe('Gmail: a single-page app, used by keyboard', () => {
  let ext: ExtensionSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    ({ page, errors } = await openMailPage(
      ext,
      { gmail: 'gmail/demo.html' },
      'https://mail.google.com/mail/u/0/#inbox',
    ));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('follows the thread view as Gmail swaps it without a page load', async () => {
    expect(await page.getByRole('button', { name: 'Tag as interview' }).count()).toBe(0);
    await withFixture(page, (fixture) => fixture.navigate('acme'));
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    await withFixture(page, (fixture) => fixture.navigate('globex'));
    await expect
      .poll(() => page.locator('interview-follow-up-thread').count(), { timeout: 10_000 })
      .toBe(1);
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Globex');
    expect(await form.getByLabel('Role').inputValue()).toBe('Backend Engineer');
    // "We'll get back to you by Friday", written on Monday, February 23, 2026.
    expect(await form.getByLabel('Decision expected by (optional)').inputValue()).toBe(
      '2026-02-27',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
    await withFixture(page, (fixture) => fixture.navigate('inbox'));
    await expect.poll(() => page.locator('interview-follow-up-thread').count()).toBe(0);
  });

  it('collapses the panel by keyboard and remembers it after a reload', async () => {
    await withFixture(page, (fixture) => fixture.openCompose('floating'));
    const panel = page.locator(PANEL);
    const toggle = panel.getByRole('button', { name: /Interview follow-up/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.getByRole('button', { name: 'Insert thank-you' }).count()).toBe(0);
    await page.reload();
    await withFixture(page, (fixture) => fixture.openCompose('floating'));
    await page.locator(PANEL).waitFor();
    expect(
      await page
        .locator(PANEL)
        .getByRole('button', { name: /Interview follow-up/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    await page
      .locator(PANEL)
      .getByRole('button', { name: /Interview follow-up/ })
      .click();
    await page.locator(PANEL).getByRole('button', { name: 'Insert thank-you' }).waitFor();
  });

  it('inserts from the keyboard and marks the step done on Enter on Send', async () => {
    const { interview } = await ext.call('interviews/create', {
      input: {
        company: 'Initech',
        role: 'Platform Engineer',
        interviewer: { name: 'Bill Lumbergh', email: 'bill@initech.example' },
        start: Date.now() - 4 * 3_600_000,
      },
    });
    const dialog = page.locator('[role=dialog]:has([g_editable="true"])').last();
    const to = dialog.locator('[name="to"] input[peoplekit-id]');
    await to.fill('bill@initech.example');
    await to.press('Enter');
    const body = dialog.locator('[g_editable="true"]');
    await body.click();
    const insert = page.locator(PANEL).last().getByRole('button', { name: 'Insert thank-you' });
    await insert.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => body.innerText()).toContain('Bill');
    const send = dialog.getByRole('button', { name: 'Send (Ctrl-Enter)' });
    await send.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () => (await ext.call('interviews/get', { id: interview.id }))?.plan.steps[0]?.state,
      )
      .toBe('done');
  });
});
