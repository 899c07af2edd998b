import type { Interview, StepKind } from './interview';

/**
 * upcoming: reminder not reached yet; due: reminder passed; overdue: past the step's deadline;
 * paused: the employer replied, waiting for the user to say what changed;
 * done / skipped: the user acted; cancelled: no longer applies (closed, or the plan stopped).
 */
export type StepState =
  'upcoming' | 'due' | 'overdue' | 'done' | 'skipped' | 'paused' | 'cancelled';

export interface PlannedStep {
  step: StepKind;
  /** When the user is reminded (after snoozes, quiet hours and business days), epoch ms. */
  remindAt: number;
  /** When the step should be done by. */
  dueAt: number;
  /** Past this the step is overdue. */
  overdueAt: number;
  state: StepState;
  /** A notification was already shown for this step. */
  notified: boolean;
  /** When it was done or skipped. */
  settledAt?: number;
}

export interface Plan {
  /** Every step that applies to this interview, in due order. */
  steps: PlannedStep[];
  /** The first step still to do (upcoming, due or overdue), if any. */
  next?: PlannedStep;
  /** Steps whose reminder time has passed and are still to do. */
  due: PlannedStep[];
  /** When the background should wake for this interview: the earliest un-notified reminder. */
  alarmAt?: number;
  /** maxFollowUps were sent without a reply: suggest closing ("know when to stop"). */
  stopSuggested: boolean;
}

/** An interview with its plan, as every view shows it. */
export interface InterviewView {
  interview: Interview;
  plan: Plan;
}
