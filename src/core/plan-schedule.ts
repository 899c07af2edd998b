import { addDays, addHours } from 'date-fns';
import { interviewEnd, type Interview, type StepKind } from './interview';
import type { EventDigest } from './plan-events';
import type { PlanSettings } from './settings';
import { dayAt, nextBusinessDayAt, outOfQuietHours, toBusinessDay } from './calendar';

/** A step's times before its state is known. */
export interface StepTimes {
  step: StepKind;
  remindAt: number;
  dueAt: number;
  overdueAt: number;
}

/** Day steps (check-ins, card, feedback) are soft: due a day after the reminder, overdue after 3. */
const DAY_STEP_DUE_DAYS = 1;
const DAY_STEP_OVERDUE_DAYS = 3;

type ScheduledInterview = Pick<
  Interview,
  'start' | 'durationMinutes' | 'followUpChannel' | 'decisionDate' | 'status' | 'updatedAt'
>;

/**
 * Moves a reminder to a time the user accepts: never within phoneMinHours of the end for a phone
 * follow-up (the guide: "wait at least 24 hours"), out of quiet hours, then off the weekend.
 * Quiet hours go first so a Friday-night reminder lands on Monday morning, not Saturday morning;
 * moving to Monday keeps the time of day, so it cannot re-enter quiet hours.
 */
function acceptableTime(at: number, end: number, settings: PlanSettings, phone: boolean): number {
  let time = phone ? Math.max(at, addHours(end, settings.phoneMinHours).getTime()) : at;
  time = outOfQuietHours(time, settings.quietHours);
  if (settings.businessDaysOnly) time = toBusinessDay(time);
  return time;
}

/** The check-in days: from the interview, or from the decision date the recruiter named. */
function checkInReminders(
  interview: ScheduledInterview,
  settings: PlanSettings,
  end: number,
): { checkIn: number; secondCheckIn: number } {
  const minute = settings.dayReminderMinute;
  if (interview.decisionDate === undefined) {
    return {
      checkIn: dayAt(interview.start, settings.checkInDays, minute),
      secondCheckIn: dayAt(interview.start, settings.secondCheckInDays, minute),
    };
  }
  // A decision date before the interview ended is a typo or stale: anchor on the interview instead.
  const checkIn = nextBusinessDayAt(Math.max(interview.decisionDate, end), minute);
  const gap = settings.secondCheckInDays - settings.checkInDays;
  return { checkIn, secondCheckIn: dayAt(checkIn, gap, minute) };
}

/** Base reminder of every step that applies, before snoozes and acceptability rules. */
function baseReminders(
  interview: ScheduledInterview,
  settings: PlanSettings,
  events: EventDigest,
  end: number,
): Map<StepKind, number> {
  const base = new Map<StepKind, number>();
  base.set('thankYou', addHours(end, settings.thankYouReminderHours).getTime());
  if (settings.thankYouCard) {
    base.set('thankYouCard', dayAt(end, settings.thankYouCardDays, settings.dayReminderMinute));
  }
  const { checkIn, secondCheckIn } = checkInReminders(interview, settings, end);
  base.set('checkIn', checkIn);
  base.set('secondCheckIn', secondCheckIn);
  if (interview.status === 'rejected') {
    const rejectedAt = events.rejectedAt ?? interview.updatedAt;
    base.set('feedback', addDays(rejectedAt, settings.feedbackDelayDays).getTime());
  }
  return base;
}

/**
 * The times of every step that applies to the interview. Thank-you deadlines are fixed by the
 * interview's end (the guide's "within 24 hours", "24-48 hours"), so a snooze does not extend them;
 * the softer day steps take their deadlines from the reminder, so snoozing one does not make it
 * overdue on arrival.
 */
export function scheduleSteps(
  interview: ScheduledInterview,
  settings: PlanSettings,
  events: EventDigest,
): StepTimes[] {
  const end = interviewEnd(interview);
  const phone = interview.followUpChannel === 'phone';
  const times: StepTimes[] = [];
  for (const [step, base] of baseReminders(interview, settings, events, end)) {
    const scheduled = acceptableTime(base, end, settings, phone);
    const snoozedUntil = events.steps.get(step)?.snoozedUntil;
    const remindAt =
      snoozedUntil === undefined ? scheduled : acceptableTime(snoozedUntil, end, settings, phone);
    if (step === 'thankYou') {
      // Phone or quiet-hour rules can push the reminder past the deadline; keep remind <= due <= overdue.
      const dueAt = Math.max(addHours(end, settings.thankYouDueHours).getTime(), scheduled);
      const overdueAt = Math.max(addHours(end, settings.thankYouOverdueHours).getTime(), dueAt);
      times.push({ step, remindAt, dueAt, overdueAt });
    } else {
      times.push({
        step,
        remindAt,
        dueAt: addDays(remindAt, DAY_STEP_DUE_DAYS).getTime(),
        overdueAt: addDays(remindAt, DAY_STEP_OVERDUE_DAYS).getTime(),
      });
    }
  }
  return times;
}
