import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';
import { prefillInterview } from './prefill-interview';
import { danaWrites } from './test-support';

describe('prefillInterview', () => {
  it('reads people, role, company, date, length and decision date together', () => {
    const result = prefillInterview(
      danaWrites(
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

  it('reads a German thread the same way', () => {
    const result = prefillInterview(
      {
        subject: 'AW: Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)',
        userEmail: 'alex@web.de',
        messages: [
          {
            senderName: 'Jonas Becker',
            senderEmail: 'j.becker@acme.de',
            dateText: 'Di., 24. Feb. 2026, 10:15',
            text: 'Hallo Alex,\npasst Ihnen das Gespräch am Dienstag, 3. März um 14 Uhr? Es dauert etwa eine Stunde. Wir melden uns bis Freitag, 6. März.\n\nJonas Becker\nRecruiting\nAcme Systems',
          },
        ],
      },
      parseDates,
      new Date(2026, 1, 25, 12, 0),
    );
    expect(result).toMatchObject({
      company: 'Acme Systems',
      role: 'Data Analyst',
      interviewerName: 'Jonas Becker',
      interviewerEmail: 'j.becker@acme.de',
      start: new Date(2026, 2, 3, 14, 0).getTime(),
      durationMinutes: 60,
      decisionDate: new Date(2026, 2, 6, 12, 0).getTime(),
    });
  });
});
