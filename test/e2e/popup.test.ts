import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { DAY, HOUR, dueInterview, interviewInput } from './interviews';

describe('the popup', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('says so when there is no interview yet', async () => {
    const popup = await ext.openPopup();
    await popup.getByText('No open interviews', { exact: true }).waitFor({ timeout: 5_000 });
    await screenshot(popup.locator('body'), 'popup-empty');
    await popup.close();
  });

  it('lists open interviews, most pressing first, and leaves closed ones out', async () => {
    const globex = await ext.call('interviews/create', {
      input: interviewInput({
        company: 'Globex',
        role: 'Staff Engineer',
        interviewer: { name: 'Hank Scorpio', email: 'hank@globex.example' },
        start: Date.now() - 3 * DAY,
      }),
    });
    // The thank-you is sent, so the check-in (7 days after) is next.
    await ext.call('steps/done', { id: globex.interview.id, step: 'thankYou' });
    await ext.call('interviews/create', { input: dueInterview() });
    await ext.call('interviews/create', {
      input: interviewInput({
        company: 'Initech',
        role: 'Backend Developer',
        interviewer: { name: 'Bill Lumbergh', email: 'bill@initech.example' },
        start: Date.now() + 2 * DAY + 3 * HOUR,
      }),
    });
    const withdrawn = await ext.call('interviews/create', {
      input: interviewInput({ company: 'Umbrella', start: Date.now() - DAY }),
    });
    await ext.call('interviews/close', { id: withdrawn.interview.id, status: 'withdrawn' });

    const popup = await ext.openPopup();
    const rows = popup.locator('li');
    await rows.first().waitFor({ timeout: 5_000 });
    const companies = await popup.locator('li .row__company').allTextContents();
    // Due first; then by reminder time: Initech's thank-you (in 2 days) before Globex's check-in.
    expect(companies).toEqual(['Acme', 'Initech', 'Globex']);
    const steps = await popup.locator('li .row__step').allTextContents();
    expect(steps).toEqual(['Next: Thank-you note', 'Next: Thank-you note', 'Next: Check-in']);

    await screenshot(popup.locator('body'), 'popup');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshot(popup.locator('body'), 'popup-dark');
    await popup.close();
  });

  it('tells the user about records that were kept aside', async () => {
    // A record that fails validation, as a bug or a bad import could leave behind.
    await ext.setStorage({ 'interview:broken': { company: 42, start: 'soon' } });
    const popup = await ext.openPopup();
    const notice = popup.getByRole('status');
    await notice.waitFor({ timeout: 5_000 });
    expect(await notice.textContent()).toContain('kept aside');
    // The good records are still listed.
    await popup.getByText('Acme', { exact: true }).waitFor({ timeout: 5_000 });
    await popup.close();
  });
});
