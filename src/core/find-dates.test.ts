import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';
import { findDecisionDate, findInterviewDate } from './find-dates';
import type { ThreadFacts } from './thread-facts';

const facts = (texts: string[]): ThreadFacts => ({
  subject: 'Interview',
  userEmail: 'alex@example.org',
  messages: texts.map((text, i) => ({
    senderName: 'Dana',
    senderEmail: 'dana@acme.com',
    dateText: `Tue, Feb ${24 + i}, 2026, 10:15 AM`,
    text,
  })),
});
const now = new Date('2026-02-25T12:00:00-05:00');
const local = (date: Date | undefined) =>
  date &&
  `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()} ${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;

describe('findInterviewDate', () => {
  it('reads "Tuesday, March 3 at 2:00 PM" relative to the message', () => {
    const found = findInterviewDate(
      facts(['Can you do Tuesday, March 3 at 2:00 PM for the interview?']),
      parseDates,
      now,
    );
    expect(local(found)).toBe('2026-3-3 14:00');
  });

  it('resolves a bare weekday forward from the message date', () => {
    // Feb 24, 2026 is a Tuesday: "Thursday at 10am" is Feb 26.
    const found = findInterviewDate(facts(['Let us meet Thursday at 10am.']), parseDates, now);
    expect(local(found)).toBe('2026-2-26 10:00');
  });

  it('prefers the newest proposal next to interview words', () => {
    const found = findInterviewDate(
      facts([
        'Could we schedule the interview on March 3 at 2 PM?',
        'Sorry, we need to move the interview to March 5 at 11:30 AM. Lunch is at noon on March 6 at 12pm.',
      ]),
      parseDates,
      now,
    );
    expect(local(found)).toBe('2026-3-5 11:30');
  });

  it('ignores dates without a time', () => {
    expect(
      findInterviewDate(facts(['We received your application on March 1.']), parseDates, now),
    ).toBeUndefined();
  });
});

describe('findDecisionDate', () => {
  it('reads "we\'ll get back to you by Friday"', () => {
    const found = findDecisionDate(
      facts(["Thanks again, we'll get back to you by Friday."]),
      parseDates,
      now,
    );
    // Sent Tuesday Feb 24, 2026: that Friday is Feb 27.
    expect(found && `${found.getMonth() + 1}-${found.getDate()}`).toBe('2-27');
  });

  it('finds none where no decision was promised', () => {
    expect(findDecisionDate(facts(['See you Friday at 3pm!']), parseDates, now)).toBeUndefined();
  });
});
