import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, type ExtensionSession } from './harness';
import { axeViolations } from './axe';
import { unreachableByTab } from './keyboard';
import { interviewInput } from './interviews';

async function openOptions(ext: ExtensionSession): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('src/options/index.html'));
  await page.getByLabel('Message').waitFor();
  return page;
}

describe('the options page', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('edits a template with a live preview, and compose drafts then use it', async () => {
    await ext.call('settings/update', { changes: { myName: 'Sam Rivera' } });
    const page = await openOptions(ext);
    expect(await page.locator('main').textContent()).toMatch(/Version \d+\.\d+\.\d+/);
    const preview = page.getByRole('region', { name: 'Preview with a sample interview' });
    expect(await preview.textContent()).toContain('Hi Dana,');
    await page.getByLabel('Subject').fill('Thanks for {weekday}, {firstName}');
    await page
      .getByLabel('Message')
      .fill('Hi {firstName},\n\nThanks! {salary}\n\n{myName}\n{signature}');
    expect(await preview.textContent()).toContain('Hi Dana,');
    expect(await preview.textContent()).toContain('Sam Rivera');
    await page.getByText('Not a placeholder, so it will be inserted as typed: {salary}').waitFor();
    await page.getByRole('button', { name: 'Save templates' }).click();
    await page.getByText('Templates saved; they sync to your other browsers.').waitFor();

    const created = await ext.call('interviews/create', {
      input: interviewInput({
        thread: {
          provider: 'gmail',
          threadId: 'opt-1',
          url: 'https://mail.google.com/mail/u/0/#inbox/opt-1',
          subject: 'Interview',
        },
      }),
    });
    const context = await ext.call('compose/context', { threadId: 'opt-1', addresses: [] });
    expect(context.view?.interview.id).toBe(created.interview.id);
    const thankYou = context.drafts.find((draft) => draft.step === 'thankYou');
    expect(thankYou?.subject).toMatch(/^Thanks for \w+day, Dana$/);
    expect(thankYou?.text).toBe('Hi Dana,\n\nThanks! {salary}\n\nSam Rivera\n[your signature]');
    await page.close();
  });

  it('adds, duplicates, deletes and restores templates', async () => {
    const page = await openOptions(ext);
    const list = page.getByRole('list', { name: 'Your templates' });
    const before = await list.getByRole('listitem').count();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.getByRole('button', { name: 'Add template' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Coffee chat');
    expect(await list.getByRole('listitem').count()).toBe(before + 2);
    await list.getByRole('button', { name: /^Phone call script/ }).click();
    await page.getByRole('button', { name: 'Delete template' }).click();
    await page.getByRole('button', { name: 'Save templates' }).click();
    await page.getByText('Templates saved; they sync to your other browsers.').waitFor();
    let stored = await ext.call('templates/get', { language: 'en' });
    expect(stored.templates.map((t) => t.name)).toContain('Coffee chat');
    expect(stored.templates.map((t) => t.id)).not.toContain('builtin-phone-script');

    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await page.getByRole('button', { name: 'Save templates' }).click();
    await page.getByText('Templates saved; they sync to your other browsers.').waitFor();
    stored = await ext.call('templates/get', { language: 'en' });
    expect(stored.templates.find((t) => t.id === 'builtin-thank-you')?.subject).toBe(
      'Thank you for your time, {firstName}',
    );
    expect(stored.templates.map((t) => t.id)).toContain('builtin-phone-script');
    expect(stored.templates.map((t) => t.name)).toContain('Coffee chat');
    await page.close();
  });

  it('falls back to this device, and says so, when a template is too large to sync', async () => {
    const page = await openOptions(ext);
    // 3,000 three-byte characters fit the 5,000-character limit but not sync's 8 KB per item.
    await page.getByLabel('Message').fill('€'.repeat(3000));
    await page.getByRole('button', { name: 'Save templates' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is too long to sync');
    expect((await ext.call('templates/get', { language: 'en' })).source).toBe('local');
    await page.getByRole('button', { name: 'Restore defaults' }).click();
    await page.getByRole('button', { name: 'Save templates' }).click();
    await page.getByText('Templates saved; they sync to your other browsers.').waitFor();
    expect((await ext.call('templates/get', { language: 'en' })).source).toBe('sync');
    await page.close();
  });

  it('validates and saves every number of the plan, which re-plans reminders', async () => {
    const page = await openOptions(ext);
    await page.getByLabel('Second check-in').fill('3');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('The second check-in must come after the first.').waitFor();
    expect((await ext.call('settings/get', {})).settings.secondCheckInDays).toBe(14);

    await page.getByLabel('Second check-in').fill('12');
    await page.getByLabel('Check-in', { exact: true }).fill('5');
    await page.getByLabel('Signature').fill('Sam Rivera\n+1 555 0100');
    await page.getByLabel('Remind me on business days only (Monday to Friday)').check();
    await page.getByLabel('Remind me to send a thank-you card or letter').check();
    await page.getByLabel('Thank-you card reminder').fill('3');
    await page.getByLabel('Quiet hours: no reminders between').check();
    await page.getByLabel('Quiet hours start').fill('22:00');
    await page.getByLabel('Quiet hours end').fill('07:30');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved; they sync to your other browsers.').waitFor();
    const { settings } = await ext.call('settings/get', {});
    expect(settings).toMatchObject({
      checkInDays: 5,
      secondCheckInDays: 12,
      businessDaysOnly: true,
      thankYouCard: true,
      thankYouCardDays: 3,
      signature: 'Sam Rivera\n+1 555 0100',
      quietHours: { enabled: true, startMinute: 22 * 60, endMinute: 7 * 60 + 30 },
    });
    const [view] = await ext.call('interviews/list', {});
    expect(view?.plan.steps.map((step) => step.step)).toContain('thankYouCard');
    await page.close();
  });

  it('is usable by keyboard and has no serious accessibility issue, light or dark', async () => {
    const page = await openOptions(ext);
    expect(await unreachableByTab(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Screenshots for the README: from the top, without the keyboard test's focus ring.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(ROOT, 'docs', 'options.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ROOT, 'docs', 'options-dark.png') });
    await page.close();
  });
});
