import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { axeViolations } from './axe';
import { manyInterviews, seedDashboard } from './dashboard-data';
import { parseCsv } from '../unit/csv-reader';

async function openOptions(ext: ExtensionSession): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('src/options/index.html'));
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
  return page;
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exported(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const path = join(tmpdir(), `${Date.now()}-${name}`);
  await writeFile(path, content);
  await page.getByLabel('Import backup').setInputFiles(path);
}

describe('export and import', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
    await seedDashboard(ext);
    const [first] = await ext.call('interviews/list', {});
    // A company name a spreadsheet would run as a formula, and text needing quotes.
    await ext.call('interviews/update', {
      id: first?.interview.id ?? '',
      changes: { company: '=HYPERLINK("https://evil.example")', notes: 'Line one, "two"\nthree' },
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('exports a JSON backup with a schema version that imports into a new browser', async () => {
    const page = await openOptions(ext);
    const backup = await exported(page, 'Export backup');
    expect(backup.name).toMatch(/^interview-follow-up-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(backup.text) as {
      format: string;
      version: number;
      interviews: unknown[];
    };
    expect(json).toMatchObject({ format: 'interview-follow-up-backup', version: 1 });
    expect(json.interviews).toHaveLength(4);
    await page.close();

    const fresh = await launchExtension();
    try {
      const other = await openOptions(fresh);
      await importFile(other, 'backup.json', backup.text);
      const preview = other.getByRole('region', { name: /^What importing/ });
      await preview.waitFor();
      expect(await preview.textContent()).toContain('4 new interview(s)');
      expect(await fresh.call('interviews/list', {})).toEqual([]);
      expect(await axeViolations(other)).toEqual([]);
      await other.getByRole('button', { name: 'Import', exact: true }).click();
      await other.getByText('Imported: 4 added, 0 updated, 0 deleted.').waitFor();
      const views = await fresh.call('interviews/list', {});
      expect(views.map((v) => v.interview.company).sort()).toEqual(
        (await ext.call('interviews/list', {})).map((v) => v.interview.company).sort(),
      );
      // Alarms and badge are rebuilt just after the import answers.
      await expect.poll(() => fresh.badgeText(), { timeout: 10_000 }).toBe(await ext.badgeText());

      // Importing the same file again and merging changes nothing.
      await importFile(other, 'backup.json', backup.text);
      expect(await preview.textContent()).toContain('0 new interview(s)');
      expect(await preview.textContent()).toContain('4 interview(s) unchanged');
      await other.getByLabel(/^Replace/).check();
      expect(await preview.textContent()).toContain('0 interview(s) deleted');
      await other.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await fresh.close();
    }
  });

  it.each([
    [
      'malformed',
      'backup.json',
      '{"format": "interview-follow-up-backup", "version": 1, ',
      'not a JSON backup',
    ],
    [
      'another file',
      'package.json',
      '{"name": "left-pad"}',
      'is not an Interview Follow-up backup',
    ],
    [
      'hostile',
      'hostile.json',
      JSON.stringify({
        format: 'interview-follow-up-backup',
        version: 1,
        exportedAt: 0,
        interviews: [
          {
            id: 'x',
            company: '<img src=x onerror=alert(1)>',
            role: '',
            interviewer: { name: '', email: '' },
            contacts: [],
            start: 0,
            durationMinutes: 60,
            format: 'video',
            followUpChannel: 'email',
            thread: { provider: 'gmail', threadId: 't', url: 'javascript:alert(1)', subject: '' },
            notes: '',
            status: 'awaiting',
            events: [],
            createdAt: 0,
            updatedAt: 0,
          },
        ],
      }),
      'interviews.0.thread.url',
    ],
    [
      'newer',
      'future.json',
      JSON.stringify({ format: 'interview-follow-up-backup', version: 2 }),
      'newer version',
    ],
    ['oversized', 'huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32), 'larger than 5 MB'],
  ])(
    'refuses a %s file with a clear message and changes nothing',
    async (_, name, content, message) => {
      const before = await ext.storage();
      const page = await openOptions(ext);
      await importFile(page, name, content);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(message);
      expect(await alert.textContent()).toContain('Nothing was changed.');
      expect(await page.locator('img').count()).toBe(0);
      expect(await ext.storage()).toEqual(before);
      await page.close();
    },
  );

  it('exports CSV, one quoted row per interview, formulas defused', async () => {
    const page = await openOptions(ext);
    const csv = await exported(page, 'Export CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = parseCsv(csv.text);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.[0]).toBe('Company');
    const companies = rows.slice(1).map((row) => row[0]);
    expect(companies).toContain('\'=HYPERLINK("https://evil.example")');
    expect(rows.slice(1).map((row) => row[12])).toContain('Line one, "two"\nthree');
    expect(rows.every((row) => row.length === 13)).toBe(true);
    await page.close();
  });

  it('exports an iCalendar file that a real parser reads: interviews and follow-ups', async () => {
    const page = await openOptions(ext);
    const ics = await exported(page, 'Export calendar');
    expect(ics.name).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Interview Follow-up');
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    const interviews = events.filter((event) => event.summary.startsWith('Interview: '));
    expect(interviews).toHaveLength(4);
    expect(events.some((event) => event.summary.startsWith('Check-in: '))).toBe(true);
    const views = await ext.call('interviews/list', {});
    for (const view of views) {
      const match = interviews.find(
        (event) => event.uid === `interview-${view.interview.id}@interview-follow-up`,
      );
      // iCalendar times are to the second.
      const start = Math.floor(view.interview.start / 1000) * 1000;
      expect(match?.startDate.toJSDate().getTime()).toBe(start);
    }
    await page.close();
  });

  it('imports 1,000 interviews, and the dashboard renders them', async () => {
    const backup = {
      format: 'interview-follow-up-backup',
      version: 1,
      exportedAt: Date.now(),
      interviews: manyInterviews(1000),
    };
    const page = await openOptions(ext);
    await importFile(page, 'thousand.json', JSON.stringify(backup));
    await page.getByRole('region', { name: /^What importing/ }).waitFor();
    const started = Date.now();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported: 1000 added/).waitFor({ timeout: 20_000 });
    const importMs = Date.now() - started;
    console.log(`Import of 1,000 interviews (click to done): ${importMs} ms`);
    await page.close();

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.popup__list > li')) {
          (globalThis as unknown as { __firstRows: number }).__firstRows = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(ext.url('src/popup/index.html'));
    await popup.locator('.popup__list > li').first().waitFor();
    const firstRender = await popup.evaluate(
      () => (globalThis as unknown as { __firstRows: number }).__firstRows,
    );
    console.log(
      `Dashboard first render at 1,004 interviews (navigation to rows): ${Math.round(firstRender)} ms`,
    );
    const total = await popup.evaluate(() =>
      [...document.querySelectorAll('.group__count')].reduce(
        (sum, el) => sum + Number(el.textContent),
        0,
      ),
    );
    expect(total).toBe(1004);
    const due = await popup.locator('.popup__due').textContent();
    // The badge is rebuilt just after the import answers: creating 1,000 alarms takes seconds.
    await expect
      .poll(async () => `${await ext.badgeText()} due`, { timeout: 30_000, interval: 500 })
      .toBe(due);
    await popup
      .getByRole('button', { name: /^Show 25 more/ })
      .first()
      .click();
    await popup.close();
  });

  it('deletes everything after a confirmation', async () => {
    const page = await openOptions(ext);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByText(/This deletes every interview/).waitFor();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText(/^Deleted 1004 interview\(s\)/).waitFor({ timeout: 20_000 });
    expect(await ext.call('interviews/list', {})).toEqual([]);
    expect(await ext.alarms()).toEqual([]);
    expect(await ext.badgeText()).toBe('');
    await page.close();
  });
});
