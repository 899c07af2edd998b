import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { installCatalogue } from '../../../test/unit/i18n-catalogue';
import { HOUR, NOW, step, view } from '../../popup/test-support';
import { escapeText, foldLine, interviewsCalendar } from './icalendar';

describe('iCalendar export', () => {
  beforeEach(() => installCatalogue());

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(
      `SUMMARY:${'é'.repeat(60)}`,
    );
  });

  it('lists each interview and its follow-ups still to do, and ical.js reads it back', () => {
    const acme = view(
      { company: 'Acme, Inc.', role: 'Engineer; Platform' },
      step({ step: 'checkIn', remindAt: NOW + 24 * HOUR }),
    );
    const done = view({ company: 'Globex' }, step({ state: 'done' }));
    const text = interviewsCalendar([acme, done], NOW);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual([
      'Interview: Engineer; Platform at Acme, Inc.',
      'Check-in: Engineer; Platform at Acme, Inc.',
      'Interview: Senior Software Engineer at Globex',
    ]);
    expect(events[0]?.startDate.toJSDate().getTime()).toBe(acme.interview.start);
    expect(events[0]?.endDate.toJSDate().getTime()).toBe(acme.interview.start + 60 * 60_000);
    expect(events[1]?.startDate.toJSDate().getTime()).toBe(NOW + 24 * HOUR);
    expect(new Set(events.map((event) => event.uid)).size).toBe(3);
    expect(events[0]?.description).toContain('Dana Whitaker, dana@acme.example');
  });
});
