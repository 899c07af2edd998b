import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Interview } from '../../src/core/interview';
import { launchExtension, type ExtensionSession } from './harness';
import { DAY, interviewInput } from './interviews';

/**
 * Every kind of stored value damaged at once, behind the background's back (a bug in an older
 * build, a disk error, a hand edit): garbage in interview keys, a record under another's key, a
 * settings object with wrong types, a damaged template list and quarantine, and a schema version
 * from a newer build. The bad records must be kept aside, the user told, and the rest must work:
 * the good interview is listed and reminded, and new interviews can be created.
 */

const GARBAGE: Record<string, unknown> = {
  'interview:text': 'not an interview',
  'interview:number': 42,
  'interview:null': null,
  'interview:list': [1, 2, 3],
  'interview:empty': {},
  'interview:wrong-types': {
    id: 'wrong-types',
    company: ['Acme'],
    start: 'next Tuesday',
    events: 'none',
  },
  'interview:deep': { id: 'deep', nested: { a: { b: { c: { d: 'x'.repeat(10_000) } } } } },
};
const FUTURE_VERSION = 999;

/** Sets storage.sync from the worker (the harness writes storage.local only). */
async function setSync(ext: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  await ext.serviceWorker.evaluate(
    (values) =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set(v: Record<string, unknown>): Promise<void> } } };
        }
      ).chrome.storage.sync.set(values),
    items,
  );
}

describe('every stored value corrupted', () => {
  let ext: ExtensionSession;
  let good: Interview;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    good = (
      await ext.call('interviews/create', { input: interviewInput({ start: Date.now() + DAY }) })
    ).interview;
    // A valid record copied under another key: shown twice and updated once if not caught.
    const copied = { ...good, company: 'Copy of Acme' };
    await ext.setStorage({
      ...GARBAGE,
      'interview:copied': copied,
      quarantine: 'this was a list',
      schemaVersion: FUTURE_VERSION,
    });
    await setSync(ext, {
      settings: { thankYouHours: 'soon', myName: 42, quietHours: [], signature: { html: '<b>' } },
      templates: { not: 'a list' },
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('lists the good interview and tells the user that records were kept aside', async () => {
    popup = await ext.openPopup();
    const notice = popup.getByRole('status').filter({ hasText: 'kept aside' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('button', { name: /^Acme\b/ }).count()).toBe(1);
    expect(await popup.getByText('Copy of Acme').count()).toBe(0);
  });

  it('opens the options page on the defaults, with no error', async () => {
    // The popup's read already set the bad settings aside (its notice counts them); the options
    // page reads settings and the damaged template list, and must still work.
    const options = await ext.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (error) => errors.push(error.message));
    await options.goto(ext.url('src/options/index.html'));
    await options.getByRole('button', { name: 'Export backup' }).waitFor();
    expect(await options.getByText('Could not load').count()).toBe(0);
    const { settings } = await ext.call('settings/get', {});
    expect(typeof settings.myName).toBe('string');
    const { templates } = await ext.call('templates/get', { language: 'en' });
    expect(templates.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('keeps every bad value aside, with its reason, instead of deleting it', async () => {
    const problems = await ext.call('storage/problems', {});
    const keys = problems.map((problem) => problem.key);
    for (const key of [...Object.keys(GARBAGE), 'interview:copied']) expect(keys).toContain(key);
    expect(keys).toContain('quarantine');
    expect(keys).toContain('sync:settings');
    expect(keys).toContain('sync:templates');
    expect(keys).toContain('schemaVersion');
    // The original values are kept, so nothing vanished.
    const kept = problems.find((problem) => problem.key === 'interview:wrong-types');
    expect(kept?.value).toEqual(GARBAGE['interview:wrong-types']);
    expect(problems.find((p) => p.key === 'quarantine')?.value).toBe('this was a list');
    for (const problem of problems) expect(problem.error.length).toBeGreaterThan(0);
    // The popup counts what the background reports.
    await popup.reload();
    const notice = popup.getByRole('status').filter({ hasText: 'kept aside' });
    expect(await notice.textContent()).toContain(`${problems.length} saved record(s)`);
  });

  it('names the storage version from a newer build among the problems', async () => {
    const problems = await ext.call('storage/problems', {});
    const version = problems.find((problem) => problem.key === 'schemaVersion');
    expect(version?.value).toBe(FUTURE_VERSION);
    expect(version?.error).toMatch(/newer/);
  });

  it('still creates new interviews from the popup, with an alarm each', async () => {
    await popup.getByRole('button', { name: 'Add interview' }).click();
    const form = popup.getByRole('region', { name: 'Add interview' });
    await form.getByLabel('Company').fill('Hooli');
    await form.getByLabel('Interviewer name').fill('Gavin Belson');
    const later = new Date(Date.now() + 3 * DAY);
    const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000);
    await form.getByLabel('Interview date and time').fill(local.toISOString().slice(0, 16));
    await form.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('button', { name: /^Hooli\b/ }).waitFor();
    const views = await ext.call('interviews/list', {});
    expect(views.map((view) => view.interview.company).sort()).toEqual(['Acme', 'Hooli']);
    const alarms = (await ext.alarms()).map((alarm) => alarm.name).sort();
    expect(alarms).toEqual(views.map((view) => `interview:${view.interview.id}`).sort());
  });
});
