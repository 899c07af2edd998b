import { describe, expect, it } from 'vitest';
import { mailPageSuite } from './mail-page';
import { withFixture } from './gmail-fixture-api';

const PANEL = '[aria-label="Interview follow-up"]';

describe('Gmail: a single-page app, used by keyboard', () => {
  const suite = mailPageSuite(
    { gmail: 'gmail/demo.html' },
    'https://mail.google.com/mail/u/0/#inbox',
  );

  it('follows the thread view as Gmail swaps it without a page load', async () => {
    expect(await suite.page.getByRole('button', { name: 'Tag as interview' }).count()).toBe(0);
    await withFixture(suite.page, (fixture) => fixture.navigate('acme'));
    await suite.page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
    await withFixture(suite.page, (fixture) => fixture.navigate('globex'));
    await expect
      .poll(() => suite.page.locator('interview-follow-up-thread').count(), { timeout: 10_000 })
      .toBe(1);
    await suite.page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = suite.page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Globex');
    expect(await form.getByLabel('Role').inputValue()).toBe('Backend Engineer');
    // "We'll get back to you by Friday", written on Monday, February 23, 2026.
    expect(await form.getByLabel('Decision expected by (optional)').inputValue()).toBe(
      '2026-02-27',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
    await withFixture(suite.page, (fixture) => fixture.navigate('inbox'));
    await expect.poll(() => suite.page.locator('interview-follow-up-thread').count()).toBe(0);
  });

  it('collapses the panel by keyboard and remembers it after a reload', async () => {
    await withFixture(suite.page, (fixture) => fixture.openCompose('floating'));
    const panel = suite.page.locator(PANEL);
    const toggle = panel.getByRole('button', { name: /Interview follow-up/ });
    await toggle.focus();
    await suite.page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.getByRole('button', { name: 'Insert thank-you' }).count()).toBe(0);
    await suite.page.reload();
    await withFixture(suite.page, (fixture) => fixture.openCompose('floating'));
    await suite.page.locator(PANEL).waitFor();
    expect(
      await suite.page
        .locator(PANEL)
        .getByRole('button', { name: /Interview follow-up/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    await suite.page
      .locator(PANEL)
      .getByRole('button', { name: /Interview follow-up/ })
      .click();
    await suite.page.locator(PANEL).getByRole('button', { name: 'Insert thank-you' }).waitFor();
  });

  it('inserts from the keyboard and marks the step done on Enter on Send', async () => {
    const { interview } = await suite.ext.call('interviews/create', {
      input: {
        company: 'Initech',
        role: 'Platform Engineer',
        interviewer: { name: 'Bill Lumbergh', email: 'bill@initech.example' },
        start: Date.now() - 4 * 3_600_000,
      },
    });
    const dialog = suite.page.locator('[role=dialog]:has([g_editable="true"])').last();
    const to = dialog.locator('[name="to"] input[peoplekit-id]');
    await to.fill('bill@initech.example');
    await to.press('Enter');
    const body = dialog.locator('[g_editable="true"]');
    await body.click();
    const insert = suite.page
      .locator(PANEL)
      .last()
      .getByRole('button', { name: 'Insert thank-you' });
    await insert.focus();
    await suite.page.keyboard.press('Enter');
    await expect.poll(() => body.innerText()).toContain('Bill');
    const send = dialog.getByRole('button', { name: 'Send (Ctrl-Enter)' });
    await send.focus();
    await suite.page.keyboard.press('Enter');
    await expect
      .poll(
        async () =>
          (await suite.ext.call('interviews/get', { id: interview.id }))?.plan.steps[0]?.state,
      )
      .toBe('done');
  });
});
