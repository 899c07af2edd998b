import { describe, expect, it } from 'vitest';
import { planFollowUps } from './plan';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from './settings';
import type { Interview } from './interview';
import type { Plan } from './plan-types';
import { HOUR, local, makeInterview, stepOf, wallClock } from './test-support';

const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  ...DEFAULT_PLAN_SETTINGS,
  ...overrides,
});
const planOf = (overrides: Partial<Interview>, extra: Partial<PlanSettings> = {}): Plan =>
  planFollowUps(makeInterview(overrides), settings(extra), local(2026, 1, 1));
const quiet = (startMinute: number, endMinute: number): Partial<PlanSettings> => ({
  quietHours: { enabled: true, startMinute, endMinute },
});

it('runs in a zone with daylight saving (the DST cases below depend on it)', () => {
  expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(300);
  expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(240);
});

describe('a decision date moves the check-in to the next business day after it', () => {
  it('a Wednesday decision checks in Thursday at 9:00, the second check-in a week later', () => {
    const p = planOf({ decisionDate: local(2026, 3, 11, 17) });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-03-12 09:00');
    expect(wallClock(stepOf(p, 'secondCheckIn').remindAt)).toBe('2026-03-19 09:00');
  });

  it('a Friday decision checks in on Monday', () => {
    const p = planOf({ decisionDate: local(2026, 3, 13) });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-03-16 09:00');
  });

  it('a Saturday decision checks in on Monday too', () => {
    expect(
      wallClock(stepOf(planOf({ decisionDate: local(2026, 3, 14) }), 'checkIn').remindAt),
    ).toBe('2026-03-16 09:00');
  });

  it('keeps the gap between the check-ins from the settings', () => {
    const p = planOf(
      { decisionDate: local(2026, 3, 11) },
      { checkInDays: 7, secondCheckInDays: 17 },
    );
    expect(wallClock(stepOf(p, 'secondCheckIn').remindAt)).toBe('2026-03-22 09:00');
  });

  it('a decision date before the interview is ignored in favour of the interview day', () => {
    const p = planOf({ decisionDate: local(2026, 2, 27) });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-03-04 09:00');
  });
});

describe('a phone follow-up is never suggested within 24 h of the end', () => {
  const end = local(2026, 3, 3, 15);

  it('moves the thank-you from 2 h to 24 h, keeping its deadlines in order', () => {
    const p = planOf({ followUpChannel: 'phone' });
    const thankYou = stepOf(p, 'thankYou');
    expect(thankYou.remindAt).toBe(end + 24 * HOUR);
    expect(thankYou.dueAt).toBeGreaterThanOrEqual(thankYou.remindAt);
    expect(thankYou.overdueAt).toBe(end + 48 * HOUR);
  });

  it('applies to every step, a snooze and a near decision date included', () => {
    const p = planOf({
      followUpChannel: 'phone',
      start: local(2026, 3, 5, 14),
      decisionDate: local(2026, 3, 5, 17),
      events: [
        {
          type: 'snoozed',
          step: 'thankYou',
          until: local(2026, 3, 5, 18),
          at: local(2026, 3, 5, 17),
        },
      ],
    });
    const floor = local(2026, 3, 6, 15);
    for (const step of p.steps) expect(step.remindAt).toBeGreaterThanOrEqual(floor);
    expect(stepOf(p, 'thankYou').remindAt).toBe(floor);
    expect(stepOf(p, 'checkIn').remindAt).toBe(floor);
  });

  it('leaves later steps alone', () => {
    expect(wallClock(stepOf(planOf({ followUpChannel: 'phone' }), 'checkIn').remindAt)).toBe(
      '2026-03-10 09:00',
    );
  });
});

describe('quiet hours (opt-in)', () => {
  it('moves a reminder in evening quiet hours to the next morning (wrapping midnight)', () => {
    const p = planOf({ start: local(2026, 3, 3, 19) }, quiet(21 * 60, 8 * 60));
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2026-03-04 08:00');
  });

  it('moves a reminder after midnight to the end of quiet hours the same morning', () => {
    const p = planOf({ start: local(2026, 3, 3, 22) }, quiet(21 * 60, 8 * 60));
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2026-03-04 08:00');
  });

  it('handles quiet hours within one day', () => {
    const p = planOf({ start: local(2026, 3, 3, 10, 30) }, quiet(13 * 60, 14 * 60 + 15));
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2026-03-03 14:15');
    const atEnd = planOf({ start: local(2026, 3, 3, 11) }, quiet(13 * 60, 14 * 60));
    expect(wallClock(stepOf(atEnd, 'thankYou').remindAt)).toBe('2026-03-03 14:00');
  });

  it('applies to day reminders, and the end of quiet hours is no longer quiet', () => {
    const early = planOf({}, { ...quiet(21 * 60, 8 * 60), dayReminderMinute: 7 * 60 });
    expect(wallClock(stepOf(early, 'checkIn').remindAt)).toBe('2026-03-10 08:00');
    const atEnd = planOf({}, { ...quiet(21 * 60, 9 * 60) });
    expect(wallClock(stepOf(atEnd, 'checkIn').remindAt)).toBe('2026-03-10 09:00');
  });

  it('does nothing unless enabled', () => {
    const p = planOf(
      { start: local(2026, 3, 3, 19) },
      { quietHours: { enabled: false, startMinute: 21 * 60, endMinute: 8 * 60 } },
    );
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2026-03-03 22:00');
  });
});

describe('business days only (opt-in)', () => {
  // Saturday, March 7, 2026, 10-11 AM.
  const saturday = { start: local(2026, 3, 7, 10) };

  it('moves a weekend reminder to Monday at the same time', () => {
    expect(wallClock(stepOf(planOf(saturday), 'thankYou').remindAt)).toBe('2026-03-07 13:00');
    const p = planOf(saturday, { businessDaysOnly: true });
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2026-03-09 13:00');
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-03-16 09:00');
  });

  it('keeps the thank-you deadline no earlier than its reminder', () => {
    const thankYou = stepOf(planOf(saturday, { businessDaysOnly: true }), 'thankYou');
    expect(thankYou.dueAt).toBeGreaterThanOrEqual(thankYou.remindAt);
    expect(thankYou.overdueAt).toBeGreaterThanOrEqual(thankYou.dueAt);
  });

  it('with quiet hours, a Friday-night reminder lands on Monday morning', () => {
    const p = planOf(
      { start: local(2026, 3, 6, 19) },
      { businessDaysOnly: true, ...quiet(21 * 60, 8 * 60) },
    );
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2026-03-09 08:00');
  });
});

describe('daylight saving time (America/New_York)', () => {
  it('an interview on the evening before spring-forward checks in at 9:00 a week later', () => {
    const p = planOf({ start: local(2026, 3, 7, 20) });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-03-14 09:00');
    expect(wallClock(stepOf(p, 'secondCheckIn').remindAt)).toBe('2026-03-21 09:00');
  });

  it('counts thank-you hours as real hours across spring-forward', () => {
    const start = local(2026, 3, 8, 0, 30);
    const end = start + HOUR;
    const thankYou = stepOf(planOf({ start }), 'thankYou');
    expect(thankYou.remindAt - end).toBe(2 * HOUR);
    expect(wallClock(thankYou.remindAt)).toBe('2026-03-08 04:30');
    expect(thankYou.overdueAt - end).toBe(48 * HOUR);
  });

  it('an interview at 00:30 on fall-back day checks in at 9:00 a week later', () => {
    const start = local(2026, 11, 1, 0, 30);
    const p = planOf({ start });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-11-08 09:00');
    const thankYou = stepOf(p, 'thankYou');
    expect(thankYou.remindAt - (start + HOUR)).toBe(2 * HOUR);
    expect(wallClock(thankYou.remindAt)).toBe('2026-11-01 02:30');
  });

  it('a decision on the Friday before spring-forward checks in on Monday at 9:00', () => {
    const p = planOf({ start: local(2026, 3, 2, 10), decisionDate: local(2026, 3, 6, 17) });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2026-03-09 09:00');
  });
});

describe('a leap day', () => {
  const leapDay = { start: local(2028, 2, 29, 10) };

  it('plans from February 29 across into March', () => {
    const p = planOf(leapDay, { thankYouCard: true, thankYouCardDays: 1 });
    expect(wallClock(stepOf(p, 'thankYou').remindAt)).toBe('2028-02-29 13:00');
    expect(wallClock(stepOf(p, 'thankYouCard').remindAt)).toBe('2028-03-01 09:00');
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2028-03-07 09:00');
    expect(wallClock(stepOf(p, 'secondCheckIn').remindAt)).toBe('2028-03-14 09:00');
  });

  it('lands on February 29 from February 28', () => {
    const p = planOf({ start: local(2028, 2, 22, 10), decisionDate: local(2028, 2, 28, 12) });
    expect(wallClock(stepOf(p, 'checkIn').remindAt)).toBe('2028-02-29 09:00');
    const rejected = planOf({
      start: local(2028, 2, 22, 10),
      status: 'rejected',
      events: [{ type: 'status', status: 'rejected', at: local(2028, 2, 28, 16) }],
    });
    expect(wallClock(stepOf(rejected, 'feedback').remindAt)).toBe('2028-02-29 16:00');
  });
});
