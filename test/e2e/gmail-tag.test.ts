import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAcmeTagForm } from './acme-steps';
import { openMailPage } from './mail-page';
import { launchExtension, screenshot, type ExtensionSession } from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';

// One browser for the journey: tag, reload, then the employer replies.
describe('Gmail: tag a thread as an interview', () => {
  let ext: ExtensionSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    ({ page, errors } = await openMailPage(ext, { gmail: 'gmail/thread.html' }, THREAD_URL));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('offers "Tag as interview" beside the subject', async () => {
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor({ timeout: 10_000 });
  });

  it('opens the form prefilled from the thread', async () => {
    const form = await openAcmeTagForm(page);
    expect(await form.getByLabel('Interview date and time').getAttribute('type')).toBe(
      'datetime-local',
    );
    // "The interview will last about 45 minutes."
    expect(await form.getByLabel('Length (minutes)').inputValue()).toBe('45');
    await screenshot(page, 'gmail-tag-form');
  });

  it('saves the interview with its thread, and the button reads "Edit interview"', async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor();
    const [view] = await ext.call('interviews/list', {});
    expect(view?.interview).toMatchObject({
      company: 'Acme Corp',
      role: 'Senior Software Engineer',
      interviewer: { name: 'Dana Whitaker', email: 'dana.whitaker@acme.com' },
      start: new Date(2026, 2, 3, 14, 0).getTime(),
      thread: { provider: 'gmail', subject: 'Interview for Senior Software Engineer at Acme' },
    });
    expect(view?.interview.thread?.threadId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('still reads "Edit interview" after a reload', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('button', { name: 'Tag as interview' }).count()).toBe(0);
  });

  it('edits the saved values', async () => {
    await page.getByRole('button', { name: 'Edit interview' }).click();
    const form = page.getByRole('dialog', { name: 'Edit interview' });
    expect(await form.getByLabel('Company').inputValue()).toBe('Acme Corp');
    await form.getByLabel('Role').fill('Staff Software Engineer');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await ext.call('interviews/list', {}))[0]?.interview.role)
      .toBe('Staff Software Engineer');
  });

  it('pauses check-ins when the employer replies, and asks before changing anything', async () => {
    await page.evaluate(() =>
      (
        window as unknown as { __fixture: { receiveReply(n: string, e: string, t: string): void } }
      ).__fixture.receiveReply('Dana Whitaker', 'dana.whitaker@acme.com', 'Quick update soon.'),
    );
    const question = page.getByRole('group', { name: /The employer replied/ });
    await question.waitFor({ timeout: 10_000 });
    const [paused] = await ext.call('interviews/list', {});
    expect(paused?.interview.status).toBe('awaiting');
    expect(paused?.interview.events.some((event) => event.type === 'reply')).toBe(true);
    expect(paused?.plan.steps.filter((step) => step.step === 'checkIn')[0]?.state).toBe('paused');
    await screenshot(page, 'gmail-reply-question');

    await question.getByRole('button', { name: 'Rejected' }).click();
    await question.waitFor({ state: 'detached' });
    const [closed] = await ext.call('interviews/list', {});
    expect(closed?.interview.status).toBe('rejected');
    expect(closed?.plan.next?.step).toBe('feedback');
  });
});
