import { describe, expect, it } from 'vitest';
import { planFollowUps } from './plan';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from './settings';
import type { StepKind } from './interview';
import type { PlannedStep } from './plan-types';
import { HOUR, kinds, local, makeInterview, stepOf, wallClock, withEvents } from './test-support';

const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  ...DEFAULT_PLAN_SETTINGS,
  ...overrides,
});
const BEFORE = local(2026, 3, 1);
const END = local(2026, 3, 3, 15);

describe('planFollowUps: the default plan (Tuesday, March 3, 2026, 2-3 PM)', () => {
  const plan = planFollowUps(makeInterview(), DEFAULT_PLAN_SETTINGS, BEFORE);

  it('has a thank-you note and two check-ins, in reminder order, and nothing else', () => {
    expect(kinds(plan.steps)).toEqual(['thankYou', 'checkIn', 'secondCheckIn']);
  });

  it('reminds of the thank-you 2 h after the end, due within 24 h, overdue after 48 h', () => {
    const thankYou = stepOf(plan, 'thankYou');
    expect(thankYou.remindAt).toBe(END + 2 * HOUR);
    expect(thankYou.dueAt).toBe(END + 24 * HOUR);
    expect(thankYou.overdueAt).toBe(END + 48 * HOUR);
  });

  it('checks in 7 and 14 days after the interview at 9:00', () => {
    expect(wallClock(stepOf(plan, 'checkIn').remindAt)).toBe('2026-03-10 09:00');
    expect(wallClock(stepOf(plan, 'secondCheckIn').remindAt)).toBe('2026-03-17 09:00');
  });

  it('gives check-ins a deadline a day after the reminder and overdue three days after', () => {
    const checkIn = stepOf(plan, 'checkIn');
    expect(wallClock(checkIn.dueAt)).toBe('2026-03-11 09:00');
    expect(wallClock(checkIn.overdueAt)).toBe('2026-03-13 09:00');
  });

  it('starts with everything upcoming, the thank-you next and the alarm at its reminder', () => {
    expect(plan.steps.map((step) => step.state)).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(plan.next?.step).toBe('thankYou');
    expect(plan.due).toEqual([]);
    expect(plan.alarmAt).toBe(END + 2 * HOUR);
    expect(plan.stopSuggested).toBe(false);
    expect(plan.steps.every((step) => !step.notified && step.settledAt === undefined)).toBe(true);
  });

  it('uses the interview duration to find its end', () => {
    const long = planFollowUps(makeInterview({ durationMinutes: 150 }), settings(), BEFORE);
    expect(wallClock(stepOf(long, 'thankYou').remindAt)).toBe('2026-03-03 18:30');
  });
});

describe('planFollowUps: states follow the clock', () => {
  const interview = makeInterview();
  const at = (now: number): PlannedStep =>
    stepOf(planFollowUps(interview, settings(), now), 'thankYou');

  it('is upcoming before the reminder, due from it, overdue from the overdue time', () => {
    expect(at(END + 2 * HOUR - 1).state).toBe('upcoming');
    expect(at(END + 2 * HOUR).state).toBe('due');
    expect(at(END + 48 * HOUR - 1).state).toBe('due');
    expect(at(END + 48 * HOUR).state).toBe('overdue');
  });

  it('lists reminded to-do steps in due and keeps next on the earliest one', () => {
    const plan = planFollowUps(interview, settings(), local(2026, 3, 10, 12));
    expect(kinds(plan.due)).toEqual(['thankYou', 'checkIn']);
    expect(plan.next?.step).toBe('thankYou');
    expect(stepOf(plan, 'thankYou').state).toBe('overdue');
    expect(stepOf(plan, 'checkIn').state).toBe('due');
    expect(stepOf(plan, 'secondCheckIn').state).toBe('upcoming');
  });

  it('moves next to the following step once one is done', () => {
    const done = withEvents(interview, { type: 'done', step: 'thankYou', at: END + 3 * HOUR });
    const plan = planFollowUps(done, settings(), END + 4 * HOUR);
    expect(plan.next?.step).toBe('checkIn');
  });
});

describe('planFollowUps: every number is a setting', () => {
  // Feedback only exists after a rejection; every other step exists for the default interview.
  const rejected = makeInterview({
    status: 'rejected',
    events: [{ type: 'status', status: 'rejected', at: local(2026, 3, 20, 15, 30) }],
  });
  const cases: {
    name: string;
    change: Partial<PlanSettings>;
    step: StepKind;
    field: 'remindAt' | 'dueAt' | 'overdueAt';
    expected: string;
  }[] = [
    {
      name: 'thankYouReminderHours',
      change: { thankYouReminderHours: 5 },
      step: 'thankYou',
      field: 'remindAt',
      expected: '2026-03-03 20:00',
    },
    {
      name: 'thankYouDueHours',
      change: { thankYouDueHours: 12 },
      step: 'thankYou',
      field: 'dueAt',
      expected: '2026-03-04 03:00',
    },
    {
      name: 'thankYouOverdueHours',
      change: { thankYouOverdueHours: 36 },
      step: 'thankYou',
      field: 'overdueAt',
      expected: '2026-03-05 03:00',
    },
    {
      name: 'thankYouCardDays',
      change: { thankYouCard: true, thankYouCardDays: 3 },
      step: 'thankYouCard',
      field: 'remindAt',
      expected: '2026-03-06 09:00',
    },
    {
      name: 'checkInDays',
      change: { checkInDays: 5 },
      step: 'checkIn',
      field: 'remindAt',
      expected: '2026-03-08 09:00',
    },
    {
      name: 'secondCheckInDays',
      change: { secondCheckInDays: 21 },
      step: 'secondCheckIn',
      field: 'remindAt',
      expected: '2026-03-24 09:00',
    },
    {
      name: 'dayReminderMinute',
      change: { dayReminderMinute: 10 * 60 + 30 },
      step: 'checkIn',
      field: 'remindAt',
      expected: '2026-03-10 10:30',
    },
    {
      name: 'feedbackDelayDays',
      change: { feedbackDelayDays: 3 },
      step: 'feedback',
      field: 'remindAt',
      expected: '2026-03-23 15:30',
    },
    {
      name: 'phoneMinHours',
      change: { phoneMinHours: 30 },
      step: 'thankYou',
      field: 'remindAt',
      expected: '2026-03-04 21:00',
    },
  ];

  it.each(cases)('$name', ({ change, step, field, expected }) => {
    const base = step === 'feedback' ? rejected : makeInterview();
    const interview = change.phoneMinHours ? { ...base, followUpChannel: 'phone' as const } : base;
    const changed = stepOf(planFollowUps(interview, settings(change), BEFORE), step);
    expect(wallClock(changed[field])).toBe(expected);
    // The default must differ, or the case would pass with the setting ignored.
    const byDefault = planFollowUps(interview, settings(), BEFORE).steps.find(
      (s) => s.step === step,
    );
    if (byDefault) expect(byDefault[field]).not.toBe(changed[field]);
  });

  it('adds the thank-you card only when it is switched on, at 9:00 two days after', () => {
    expect(kinds(planFollowUps(makeInterview(), settings(), BEFORE).steps)).not.toContain(
      'thankYouCard',
    );
    const plan = planFollowUps(makeInterview(), settings({ thankYouCard: true }), BEFORE);
    expect(wallClock(stepOf(plan, 'thankYouCard').remindAt)).toBe('2026-03-05 09:00');
    expect(kinds(plan.steps)).toEqual(['thankYou', 'thankYouCard', 'checkIn', 'secondCheckIn']);
  });
});
