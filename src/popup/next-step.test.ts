import { describe, expect, it } from 'vitest';
import { de } from 'date-fns/locale/de';
import { HOUR, NOW, step } from './test-support';
import { absoluteTime, timing } from './next-step';
import { installCatalogue } from '../../test/unit/i18n-catalogue';

describe('timing', () => {
  it('says when an upcoming step falls due', () => {
    expect(timing(step({ remindAt: NOW + 5 * HOUR }), NOW)).toEqual({
      key: 'popupDueIn',
      at: NOW + 5 * HOUR,
      distance: '5 hours',
    });
  });

  it('gives the time left once the reminder passed, then how late it is', () => {
    const due = step({ state: 'due', dueAt: NOW + 21 * HOUR });
    expect(timing(due, NOW)).toMatchObject({ key: 'popupDueWithin', distance: '21 hours' });
    expect(timing(due, NOW + 26 * HOUR)).toMatchObject({
      key: 'popupOverdueBy',
      distance: '5 hours',
    });
  });

  it('says how overdue an overdue step is', () => {
    const overdue = step({ state: 'overdue', dueAt: NOW - 30 * HOUR });
    expect(timing(overdue, NOW)).toEqual({
      key: 'popupOverdueBy',
      at: NOW - 30 * HOUR,
      distance: '1 day',
    });
  });

  it('writes the duration in the locale it is given', () => {
    expect(timing(step({ remindAt: NOW + 5 * HOUR }), NOW, de).distance).toBe('5 Stunden');
  });
});

describe('absoluteTime', () => {
  const at = new Date(2026, 2, 3, 14, 5).getTime();

  it("writes the date in the catalogue's language, not the browser's", () => {
    installCatalogue('es', 'en-US');
    expect(absoluteTime(at)).toBe(
      new Intl.DateTimeFormat('es', {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }).format(at),
    );
    expect(absoluteTime(at)).toMatch(/^mar, 3 mar/);
  });

  it("uses the browser's own variant of the catalogue's language", () => {
    installCatalogue('en', 'en-GB');
    expect(absoluteTime(at)).toMatch(/^Tue 3 Mar/);
    installCatalogue('en', 'en-US');
    expect(absoluteTime(at)).toMatch(/^Tue, Mar 3/);
    installCatalogue('de', 'en-US');
    expect(absoluteTime(at)).toMatch(/^Di\., 3\. März/);
  });
});
