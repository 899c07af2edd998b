import { isOpen, STEP_KINDS, type Interview, type StepKind } from './interview';
import { digestEvents, type EventDigest } from './plan-events';
import type { Plan, PlannedStep, StepState } from './plan-types';
import { scheduleSteps, type StepTimes } from './plan-schedule';
import type { PlanSettings } from './settings';

/** The steps that count as follow-ups sent to the employer; a card is an extra. */
const FOLLOW_UP_STEPS: readonly StepKind[] = ['thankYou', 'checkIn', 'secondCheckIn'];
/** The steps that only make sense while the employer is silent. */
const CHECK_IN_STEPS: readonly StepKind[] = ['checkIn', 'secondCheckIn'];

const TO_DO: ReadonlySet<StepState> = new Set(['upcoming', 'due', 'overdue']);

export const isToDo = (step: Pick<PlannedStep, 'state'>): boolean => TO_DO.has(step.state);

/** Follow-ups done since the employer last replied: "know when to stop" counts unanswered ones. */
function unansweredFollowUps(events: EventDigest): number {
  let count = 0;
  for (const step of FOLLOW_UP_STEPS) {
    const settled = events.steps.get(step)?.settled;
    if (settled?.state !== 'done') continue;
    if (events.lastReplyAt === undefined || settled.at > events.lastReplyAt) count++;
  }
  return count;
}

interface PlanContext {
  closed: boolean;
  stopped: boolean;
  replyPending: boolean;
  now: number;
}

/** Settled beats everything; then closing, stopping and a reply take steps off the to-do list. */
function stateOf(times: StepTimes, events: EventDigest, ctx: PlanContext): StepState {
  const settled = events.steps.get(times.step)?.settled;
  if (settled) return settled.state;
  if (ctx.closed && times.step !== 'feedback') return 'cancelled';
  const checkIn = CHECK_IN_STEPS.includes(times.step);
  if (checkIn && ctx.stopped) return 'cancelled';
  if (checkIn && ctx.replyPending) return 'paused';
  if (ctx.now < times.remindAt) return 'upcoming';
  return ctx.now < times.overdueAt ? 'due' : 'overdue';
}

const byReminder = (a: PlannedStep, b: PlannedStep): number =>
  a.remindAt - b.remindAt || STEP_KINDS.indexOf(a.step) - STEP_KINDS.indexOf(b.step);

/**
 * The follow-up plan: a pure function of the interview (its fields and event log), the settings
 * and the current time. Nothing is stored; callers recompute it whenever any input changes.
 *
 * `alarmAt` is the earliest reminder of a to-do step not yet notified. It may be in the past (a
 * step fell due while the browser was closed): the background then fires at once and records a
 * 'notified' event, which moves `alarmAt` to the next step. A snooze clears the notified flag.
 */
export function planFollowUps(interview: Interview, settings: PlanSettings, now: number): Plan {
  const events = digestEvents(interview);
  const closed = !isOpen(interview);
  // maxFollowUps <= 0 means "never suggest stopping", not "stop before starting".
  const stopped =
    !closed && settings.maxFollowUps > 0 && unansweredFollowUps(events) >= settings.maxFollowUps;
  const ctx: PlanContext = { closed, stopped, replyPending: events.replyPending, now };

  const steps = scheduleSteps(interview, settings, events)
    .map((times): PlannedStep => {
      const log = events.steps.get(times.step);
      const step: PlannedStep = {
        step: times.step,
        remindAt: times.remindAt,
        dueAt: times.dueAt,
        overdueAt: times.overdueAt,
        state: stateOf(times, events, ctx),
        notified: log?.notified ?? false,
      };
      if (log?.settled) step.settledAt = log.settled.at;
      return step;
    })
    .sort(byReminder);

  const toDo = steps.filter(isToDo);
  let alarmAt: number | undefined;
  for (const step of toDo) {
    if (step.notified) continue;
    if (alarmAt === undefined || step.remindAt < alarmAt) alarmAt = step.remindAt;
  }

  return {
    steps,
    next: toDo[0],
    due: toDo.filter((step) => step.remindAt <= now),
    alarmAt,
    stopSuggested: stopped,
  };
}
