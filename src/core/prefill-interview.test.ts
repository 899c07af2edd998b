import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';
import { findDuration, prefillInterview } from './prefill-interview';
import type { ThreadFacts } from './thread-facts';

const facts = (...texts: string[]): ThreadFacts => ({
  subject: 'Interview for Senior Software Engineer at Acme',
  userEmail: 'alex@gmail.com',
  messages: texts.map((text) => ({
    senderName: 'Dana Whitaker',
    senderEmail: 'dana@acme.com',
    dateText: 'Tue, Feb 24, 2026, 10:15 AM',
    text,
  })),
});

describe('findDuration', () => {
  it.each([
    ['The interview will last about 45 minutes.', 45],
    ['a 30-minute call', 30],
    ['Plan for an hour with the team.', 60],
    ['It takes 2 hours on site.', 120],
  ])('%s', (text, minutes) => {
    expect(findDuration(facts(text))).toBe(minutes);
  });

  it('ignores what is no length of a meeting', () => {
    expect(
      findDuration(facts('We have 5 minutes of questions.', 'Call me at 3pm.')),
    ).toBeUndefined();
  });
});

describe('prefillInterview', () => {
  it('reads people, role, company, date, length and decision date together', () => {
    const result = prefillInterview(
      facts(
        'Would Tuesday, March 3 at 2:00 PM work for the interview? It will last 45 minutes. We will get back to you by Friday, March 6.\nDana Whitaker | Recruiter | Acme Corp',
      ),
      parseDates,
      new Date('2026-02-25T12:00:00-05:00'),
    );
    expect(result).toMatchObject({
      company: 'Acme Corp',
      role: 'Senior Software Engineer',
      interviewerName: 'Dana Whitaker',
      durationMinutes: 45,
      start: new Date(2026, 2, 3, 14, 0).getTime(),
    });
    expect(new Date(result.decisionDate ?? 0).getDate()).toBe(6);
  });
});
