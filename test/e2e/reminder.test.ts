import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { dueInterview } from './interviews';

// One browser for the file: the journey continues from test to test (notify, then popup, badge).
describe('an interview whose reminder is already due', () => {
  let ext: ExtensionSession;
  let id = '';

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.recordNotifications();
    const view = await ext.call('interviews/create', { input: dueInterview() });
    id = view.interview.id;
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('raises a notification naming the step, the interviewer and the company', async () => {
    await expect
      .poll(() => ext.createdNotifications(), { timeout: 10_000, interval: 250 })
      .toContainEqual(
        expect.objectContaining({ title: 'Thank-you note due: Dana Whitaker at Acme' }),
      );
    const shown = await ext.notificationIds();
    const created = await ext.createdNotifications();
    expect(shown).toEqual(expect.arrayContaining(created.map((n) => n.id)));
  });

  it('shows it in the popup with its company and next step', async () => {
    const popup = await ext.openPopup();
    const row = popup.locator('li', { hasText: 'Acme' });
    await row.getByText('Next: Thank-you note', { exact: true }).waitFor({ timeout: 5_000 });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Senior Software Engineer');
    await screenshot(popup.locator('body'), 'popup-due');
    await popup.close();
  });

  it('counts it on the toolbar badge', async () => {
    await expect.poll(() => ext.badgeText(), { timeout: 10_000, interval: 250 }).toBe('1');
  });

  it('keeps an alarm for its next reminder', async () => {
    await expect
      .poll(async () => (await ext.alarms()).map((alarm) => alarm.name), { timeout: 5_000 })
      .toContain(`interview:${id}`);
  });
});
