import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { launchExtension, ROOT, type ExtensionSession } from './harness';
import { axeViolations } from './axe';
import { seedDashboard } from './dashboard-data';
import { unreachableByTab } from './keyboard';

const DOCS = join(ROOT, 'docs');

/** The summary button of an interview's row, found by its company. */
const row = (popup: Page, company: string) =>
  popup.getByRole('button', { name: new RegExp(`^${company}\\b`) });

async function open(popup: Page, company: string) {
  await row(popup, company).click();
  return popup.getByRole('region', { name: `${company}: details` });
}

describe('the dashboard', () => {
  let ext: ExtensionSession;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.routeFixtures();
    ids = await seedDashboard(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('groups interviews with company, role, interviewer, next step and when', async () => {
    const popup = await ext.openPopup();
    const due = popup.getByRole('region', { name: /^Due now/ });
    await due.waitFor();
    expect(await due.getByRole('listitem').count()).toBe(1);
    const acme = await due.getByRole('listitem').first().textContent();
    expect(acme).toContain('Acme');
    expect(acme).toContain('Senior Software Engineer');
    expect(acme).toContain('Dana Whitaker');
    expect(acme).toContain('Next: Thank-you note');
    expect(acme).toMatch(/Due within (2[0-3]|1\d) hours/);
    const upcoming = await popup.getByRole('region', { name: /^Upcoming/ }).textContent();
    expect(upcoming).toMatch(/Initech.*Next: Thank-you note.*Due in 2 days/);
    const waiting = await popup.getByRole('region', { name: /^Waiting for a reply/ }).textContent();
    expect(waiting).toContain('Globex');
    expect(await popup.getByRole('button', { name: /^Closed/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    // The popup's count and the toolbar badge agree.
    expect(await popup.locator('.popup__due').textContent()).toBe('1 due');
    expect(await ext.badgeText()).toBe('1');

    await popup.screenshot({ path: join(DOCS, 'dashboard.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await open(popup, 'Globex');
    await popup.screenshot({ path: join(DOCS, 'dashboard-dark.png') });
    await popup.close();
  });

  it('gives the guide’s advice: move on after three follow-ups', async () => {
    const popup = await ext.openPopup();
    const globex = await open(popup, 'Globex');
    await globex.getByText('Follow-ups without a reply: 3. Consider moving on.').waitFor();
    await popup.close();
  });

  it('adds an interview without a thread through the labelled form, by keyboard', async () => {
    const popup = await ext.openPopup();
    await popup.getByRole('button', { name: 'Add interview' }).waitFor();
    await popup.getByRole('button', { name: 'Add interview' }).focus();
    await popup.keyboard.press('Enter');
    const form = popup.getByRole('region', { name: 'Add interview' });
    // The form takes focus: the user types straight away.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('company');
    await popup.keyboard.type('Hooli');
    expect(await form.getByLabel('Company').inputValue()).toBe('Hooli');
    await form.getByLabel('Role').fill('Platform Engineer');
    await form.getByLabel('Interviewer name').fill('Gavin Belson');
    await form.getByLabel('Interviewer email').fill('gavin@hooli.example');
    await form.getByLabel('Interview date and time').fill(localInput(Date.now() + 3 * 86_400_000));
    await form.getByLabel('Format').selectOption('phone');
    expect(await axeViolations(popup)).toEqual([]);
    await form.getByLabel('Interviewer email').press('Enter');
    await form.waitFor({ state: 'detached' });
    const hooli = popup.getByRole('region', { name: 'Hooli: details' });
    await hooli.waitFor();
    const stored = (await ext.call('interviews/list', {})).find(
      (v) => v.interview.company === 'Hooli',
    );
    expect(stored?.interview).toMatchObject({ format: 'phone', role: 'Platform Engineer' });
    expect(stored?.interview.thread).toBeUndefined();
    await popup.close();
  });

  it('marks done, snoozes, skips and edits through the shared form', async () => {
    const popup = await ext.openPopup();
    let acme = await open(popup, 'Acme');
    await acme.getByRole('button', { name: 'Mark done' }).click();
    await row(popup, 'Acme').getByText('Next: Check-in').waitFor();
    expect(await ext.badgeText()).toBe('');
    expect(await popup.locator('.popup__due').count()).toBe(0);

    await acme.getByRole('button', { name: 'Snooze 1 day' }).click();
    await acme.getByText(/Check-in: snoozed until/).waitFor();
    await acme.getByLabel('Snooze until').fill(dateInput(Date.now() + 10 * 86_400_000));
    await acme.getByRole('button', { name: 'Snooze', exact: true }).click();
    await row(popup, 'Acme').getByText('Due in 10 days').waitFor();
    await acme.getByRole('button', { name: 'Skip' }).click();
    await row(popup, 'Acme').getByText('Next: Second check-in').waitFor();

    await acme.getByRole('button', { name: 'Edit' }).click();
    const form = popup.getByRole('region', { name: 'Edit Acme' });
    await form.getByLabel('Role').fill('Principal Engineer');
    await form.getByRole('button', { name: 'Save' }).click();
    acme = popup.getByRole('region', { name: 'Acme: details' });
    await row(popup, 'Acme').getByText('Principal Engineer').waitFor();
    const events = (await ext.call('interviews/get', { id: ids.due ?? '' }))?.interview.events;
    // The reminder that was due may have been shown ('notified') before the first click.
    const actions = events?.filter((event) => event.type !== 'notified').map((event) => event.type);
    expect(actions).toEqual(['done', 'snoozed', 'snoozed', 'skipped']);
    await popup.close();
  });

  it('keeps notes and contacts, and shows the timeline', async () => {
    const popup = await ext.openPopup();
    const acme = await open(popup, 'Acme');
    await acme.getByLabel('Notes').fill('Asked about the on-call rotation.\n<b>not markup</b>');
    await acme.getByRole('button', { name: 'Save notes' }).click();
    await acme.getByText('Notes saved.').waitFor();
    await acme.getByLabel('Name', { exact: true }).fill('Lee Park');
    await acme.getByLabel('Email', { exact: true }).fill('lee@acme.example');
    await acme.getByLabel('Job title').fill('Recruiter');
    await acme.getByRole('button', { name: 'Add contact' }).click();
    await acme.getByRole('button', { name: 'Remove Lee Park' }).waitFor();
    const timeline = await acme.locator('.timeline').textContent();
    expect(timeline).toMatch(/Interview.*Thank-you note: done.*Check-in: skipped/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    const stored = await ext.call('interviews/get', { id: ids.due ?? '' });
    expect(stored?.interview.notes).toContain('<b>not markup</b>');
    expect(stored?.interview.contacts).toEqual([
      { name: 'Lee Park', email: 'lee@acme.example', title: 'Recruiter' },
    ]);
    const again = await ext.openPopup();
    const reopened = await open(again, 'Acme');
    expect(await reopened.getByLabel('Notes').inputValue()).toContain('<b>not markup</b>');
    expect(await reopened.locator('b').count()).toBe(0);
    await again.close();
  });

  it('closes as rejected, which plans the feedback request, and reopens', async () => {
    const popup = await ext.openPopup();
    const initech = await open(popup, 'Initech');
    await initech.getByRole('button', { name: 'Rejected' }).click();
    await row(popup, 'Initech').getByText('Next: Feedback request').waitFor();
    await initech.getByRole('button', { name: 'Reopen' }).click();
    await row(popup, 'Initech').getByText('Next: Thank-you note').waitFor();
    await initech.getByRole('button', { name: 'Withdrawn' }).click();
    await row(popup, 'Initech').getByText('Closed: withdrawn').waitFor();
    await popup.close();
  });

  it('opens the thread in a mail tab through the background', async () => {
    await ext.call('interviews/close', { id: ids.upcoming ?? '', status: 'awaiting' });
    const popup = await ext.openPopup();
    const initech = await open(popup, 'Initech');
    await recordTabsCreated(ext);
    const tab = ext.context.waitForEvent('page');
    await initech.getByRole('button', { name: 'Open thread' }).click();
    await (await tab).close();
    expect(await tabsCreated(ext)).toEqual(['https://mail.google.com/mail/u/0/#inbox/initech']);
    await popup.close();
  });

  it('deletes with undo, which restores the record and its history', async () => {
    const before = await ext.call('interviews/get', { id: ids.due ?? '' });
    const popup = await ext.openPopup();
    const acme = await open(popup, 'Acme');
    await acme.getByRole('button', { name: 'Delete' }).click();
    await popup.getByText('Deleted Acme.').waitFor();
    expect(await row(popup, 'Acme').count()).toBe(0);
    expect(await ext.call('interviews/get', { id: ids.due ?? '' })).toBeNull();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await row(popup, 'Acme').waitFor();
    const after = await ext.call('interviews/get', { id: ids.due ?? '' });
    expect(after?.interview).toEqual(before?.interview);
    await popup.close();
  });

  it('reaches every control by keyboard, and has no serious accessibility issue', async () => {
    const popup = await ext.openPopup();
    await open(popup, 'Globex');
    await popup.getByRole('button', { name: /^Closed/ }).click();
    expect(await unreachableByTab(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});

/** Wraps chrome.tabs.create in the worker to see what the background asked to open. */
async function recordTabsCreated(ext: ExtensionSession): Promise<void> {
  await ext.serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as {
      chrome: { tabs: { create(options: { url?: string }, ...rest: unknown[]): unknown } };
      __tabsCreated?: string[];
    };
    if (scope.__tabsCreated) return;
    const created: string[] = [];
    scope.__tabsCreated = created;
    const original = scope.chrome.tabs.create.bind(scope.chrome.tabs);
    // Every argument passed on: the polyfill adds a callback after the options.
    scope.chrome.tabs.create = (options, ...rest) => {
      created.push(options.url ?? '');
      return original(options, ...rest);
    };
  });
}

const tabsCreated = (ext: ExtensionSession): Promise<string[]> =>
  ext.serviceWorker.evaluate(
    () => (globalThis as unknown as { __tabsCreated?: string[] }).__tabsCreated ?? [],
  );

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateInput(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function localInput(at: number): string {
  const d = new Date(at);
  return `${dateInput(at)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
