import { describe, expect, it } from 'vitest';
import { planFollowUps } from './plan';
import { digestEvents } from './plan-events';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from './settings';
import { INTERVIEW_STATUSES, OPEN_STATUSES, type InterviewEvent } from './interview';
import { HOUR, kinds, local, makeInterview, stepOf, wallClock } from './test-support';

const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  ...DEFAULT_PLAN_SETTINGS,
  ...overrides,
});
const END = local(2026, 3, 3, 15);
const NOW = local(2026, 3, 4, 12);
const plan = (events: InterviewEvent[], now = NOW, extra: Partial<PlanSettings> = {}) =>
  planFollowUps(makeInterview({ events }), settings(extra), now);

describe('done and skipped settle a step', () => {
  it('marks a done step done with its time, and leaves the others to do', () => {
    const p = plan([{ type: 'done', step: 'thankYou', at: END + 5 * HOUR }]);
    expect(stepOf(p, 'thankYou')).toMatchObject({ state: 'done', settledAt: END + 5 * HOUR });
    expect(stepOf(p, 'checkIn').state).toBe('upcoming');
    expect(p.due).toEqual([]);
  });

  it('marks a skipped step skipped and takes it off the to-do list', () => {
    const p = plan([{ type: 'skipped', step: 'checkIn', at: NOW }], local(2026, 3, 12));
    expect(stepOf(p, 'checkIn')).toMatchObject({ state: 'skipped', settledAt: NOW });
    expect(kinds(p.due)).toEqual(['thankYou']);
  });

  it('takes the latest settling event', () => {
    const p = plan([
      { type: 'done', step: 'thankYou', at: NOW },
      { type: 'skipped', step: 'thankYou', at: NOW - HOUR },
    ]);
    expect(stepOf(p, 'thankYou')).toMatchObject({ state: 'done', settledAt: NOW });
  });
});

describe('an employer reply pauses check-ins', () => {
  const reply: InterviewEvent = { type: 'reply', at: local(2026, 3, 5, 10) };

  it('pauses pending check-ins but not the thank-you', () => {
    const p = plan([reply]);
    expect(stepOf(p, 'checkIn').state).toBe('paused');
    expect(stepOf(p, 'secondCheckIn').state).toBe('paused');
    expect(stepOf(p, 'thankYou').state).toBe('due');
  });

  it('keeps paused steps out of next, due and the alarm', () => {
    const p = plan(
      [reply, { type: 'done', step: 'thankYou', at: END + 3 * HOUR }],
      local(2026, 3, 12),
    );
    expect(p.next).toBeUndefined();
    expect(p.due).toEqual([]);
    expect(p.alarmAt).toBeUndefined();
  });

  it('ignores mail from before the interview started (scheduling is not a reply)', () => {
    const p = plan([{ type: 'reply', at: local(2026, 3, 2, 10) }]);
    expect(stepOf(p, 'checkIn').state).toBe('upcoming');
  });

  it('restores check-ins when the user resumes, and pauses again on a newer reply', () => {
    const resumed: InterviewEvent = { type: 'resumed', at: local(2026, 3, 5, 11) };
    expect(stepOf(plan([reply, resumed]), 'checkIn').state).toBe('upcoming');
    const again = plan([reply, resumed, { type: 'reply', at: local(2026, 3, 6, 9) }]);
    expect(stepOf(again, 'checkIn').state).toBe('paused');
  });

  it('does not pause a check-in already done', () => {
    const p = plan([
      { type: 'done', step: 'checkIn', at: local(2026, 3, 10, 9) },
      { ...reply, at: local(2026, 3, 11) },
    ]);
    expect(stepOf(p, 'checkIn').state).toBe('done');
    expect(stepOf(p, 'secondCheckIn').state).toBe('paused');
  });
});

describe('know when to stop', () => {
  const done = (
    step: 'thankYou' | 'checkIn' | 'secondCheckIn' | 'thankYouCard',
    day: number,
  ): InterviewEvent => ({
    type: 'done',
    step,
    at: local(2026, 3, day, 10),
  });
  const LATER = local(2026, 3, 20);

  it('suggests stopping after 3 follow-ups without a reply, not after 2', () => {
    expect(plan([done('thankYou', 3), done('checkIn', 10)], LATER).stopSuggested).toBe(false);
    expect(
      plan([done('thankYou', 3), done('checkIn', 10), done('secondCheckIn', 17)], LATER)
        .stopSuggested,
    ).toBe(true);
  });

  it('takes the limit from maxFollowUps and cancels the remaining check-ins', () => {
    const p = plan([done('thankYou', 3), done('checkIn', 10)], LATER, { maxFollowUps: 2 });
    expect(p.stopSuggested).toBe(true);
    expect(stepOf(p, 'secondCheckIn').state).toBe('cancelled');
    expect(p.next).toBeUndefined();
    expect(p.alarmAt).toBeUndefined();
  });

  it('does not count skipped steps or the card', () => {
    const skipped: InterviewEvent = { type: 'skipped', step: 'checkIn', at: local(2026, 3, 10) };
    expect(plan([done('thankYou', 3), skipped], LATER, { maxFollowUps: 2 }).stopSuggested).toBe(
      false,
    );
    const card = plan([done('thankYou', 3), done('thankYouCard', 5)], LATER, {
      maxFollowUps: 2,
      thankYouCard: true,
    });
    expect(card.stopSuggested).toBe(false);
  });

  it('counts only follow-ups since the last reply', () => {
    const replied: InterviewEvent = { type: 'reply', at: local(2026, 3, 11) };
    const resumed: InterviewEvent = { type: 'resumed', at: local(2026, 3, 11, 1) };
    const p = plan([done('thankYou', 3), done('checkIn', 10), replied, resumed], LATER, {
      maxFollowUps: 2,
    });
    expect(p.stopSuggested).toBe(false);
    expect(stepOf(p, 'secondCheckIn').state).toBe('due');
  });

  it('does not suggest closing an interview that is already closed', () => {
    const closed = makeInterview({
      status: 'withdrawn',
      events: [done('thankYou', 3), done('checkIn', 10), done('secondCheckIn', 17)],
    });
    expect(planFollowUps(closed, settings(), LATER).stopSuggested).toBe(false);
  });
});

describe('closing the interview', () => {
  const closedStatuses = INTERVIEW_STATUSES.filter((status) => !OPEN_STATUSES.includes(status));

  it.each(closedStatuses)('%s cancels every pending step except the feedback request', (status) => {
    const interview = makeInterview({
      status,
      events: [{ type: 'done', step: 'thankYou', at: END + 3 * HOUR }],
    });
    const p = planFollowUps(interview, settings({ thankYouCard: true }), NOW);
    expect(stepOf(p, 'thankYou').state).toBe('done');
    for (const step of ['thankYouCard', 'checkIn', 'secondCheckIn'] as const) {
      expect(stepOf(p, step).state).toBe('cancelled');
    }
    expect(p.next?.step).toBe(status === 'rejected' ? 'feedback' : undefined);
  });

  it.each(OPEN_STATUSES)('%s keeps the check-ins', (status) => {
    const p = planFollowUps(makeInterview({ status }), settings(), NOW);
    expect(stepOf(p, 'checkIn').state).toBe('upcoming');
  });
});

describe('the feedback request', () => {
  it('exists only after a rejection', () => {
    for (const status of INTERVIEW_STATUSES.filter((s) => s !== 'rejected')) {
      expect(kinds(planFollowUps(makeInterview({ status }), settings(), NOW).steps)).not.toContain(
        'feedback',
      );
    }
  });

  it('is reminded a day after the latest rejection', () => {
    const interview = makeInterview({
      status: 'rejected',
      events: [
        { type: 'status', status: 'rejected', at: local(2026, 3, 20, 16, 45) },
        { type: 'status', status: 'awaiting', at: local(2026, 3, 18) },
        { type: 'status', status: 'rejected', at: local(2026, 3, 12, 9) },
      ],
    });
    const p = planFollowUps(interview, settings(), local(2026, 3, 21, 17));
    expect(wallClock(stepOf(p, 'feedback').remindAt)).toBe('2026-03-21 16:45');
    expect(p.due.map((s) => s.step)).toEqual(['feedback']);
  });

  it('falls back to updatedAt when no status event says when', () => {
    const interview = makeInterview({ status: 'rejected', updatedAt: local(2026, 3, 9, 11) });
    expect(wallClock(stepOf(planFollowUps(interview, settings(), NOW), 'feedback').remindAt)).toBe(
      '2026-03-10 11:00',
    );
  });

  it('dates from the rejection, not from a later status change', () => {
    const events: InterviewEvent[] = [
      { type: 'status', status: 'rejected', at: local(2026, 3, 12, 9) },
      { type: 'status', status: 'closed', at: local(2026, 3, 14, 9) },
    ];
    expect(digestEvents({ start: 0, events }).rejectedAt).toBe(local(2026, 3, 12, 9));
  });
});

describe('snooze', () => {
  const until = local(2026, 3, 12, 10);

  it('moves the reminder to the snooze target; the latest snooze wins, whatever the log order', () => {
    const p = plan(
      [
        { type: 'snoozed', step: 'checkIn', until, at: local(2026, 3, 10, 9, 5) },
        {
          type: 'snoozed',
          step: 'checkIn',
          until: local(2026, 3, 11, 10),
          at: local(2026, 3, 10, 9, 1),
        },
      ],
      local(2026, 3, 11, 12),
    );
    const checkIn = stepOf(p, 'checkIn');
    expect(checkIn.remindAt).toBe(until);
    expect(checkIn.state).toBe('upcoming');
    expect(kinds(p.due)).toEqual(['thankYou']);
  });

  it('reorders the steps by their reminders', () => {
    const late = local(2026, 3, 11, 9);
    const p = plan([{ type: 'snoozed', step: 'thankYou', until: late, at: NOW }]);
    expect(kinds(p.steps)).toEqual(['checkIn', 'thankYou', 'secondCheckIn']);
    expect(p.next?.step).toBe('checkIn');
  });

  it('gives a snoozed check-in new deadlines, but keeps the thank-you deadlines of the guide', () => {
    const p = plan([
      { type: 'snoozed', step: 'checkIn', until, at: NOW },
      { type: 'snoozed', step: 'thankYou', until: END + 30 * HOUR, at: NOW },
    ]);
    expect(wallClock(stepOf(p, 'checkIn').dueAt)).toBe('2026-03-13 10:00');
    expect(stepOf(p, 'thankYou')).toMatchObject({
      remindAt: END + 30 * HOUR,
      dueAt: END + 24 * HOUR,
      overdueAt: END + 48 * HOUR,
    });
  });
});

describe('notifications and alarmAt', () => {
  const notified: InterviewEvent = { type: 'notified', step: 'thankYou', at: END + 2 * HOUR };

  it('sets the alarm at a due step not yet notified, even in the past', () => {
    const p = plan([]);
    expect(p.alarmAt).toBe(END + 2 * HOUR);
    expect(p.alarmAt).toBeLessThan(NOW);
  });

  it('marks a notified step and moves the alarm to the next step, keeping it due', () => {
    const p = plan([notified]);
    expect(stepOf(p, 'thankYou').notified).toBe(true);
    expect(kinds(p.due)).toEqual(['thankYou']);
    expect(p.next?.step).toBe('thankYou');
    expect(wallClock(p.alarmAt)).toBe('2026-03-10 09:00');
  });

  it('clears the notified flag when the step is snoozed, so it notifies again', () => {
    const snoozed: InterviewEvent = {
      type: 'snoozed',
      step: 'thankYou',
      until: END + 26 * HOUR,
      at: END + 3 * HOUR,
    };
    const p = plan([notified, snoozed]);
    expect(stepOf(p, 'thankYou').notified).toBe(false);
    expect(p.alarmAt).toBe(END + 26 * HOUR);
    const again = plan([notified, snoozed, { ...notified, at: END + 26 * HOUR }], END + 27 * HOUR);
    expect(stepOf(again, 'thankYou').notified).toBe(true);
  });

  it('has no alarm when nothing is left to do', () => {
    const all = (['thankYou', 'checkIn', 'secondCheckIn'] as const).map((step): InterviewEvent => ({
      type: 'done',
      step,
      at: NOW,
    }));
    expect(plan(all).alarmAt).toBeUndefined();
  });
});
