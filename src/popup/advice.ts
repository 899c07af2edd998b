import type { StepKind } from '../core/interview';
import type { InterviewView } from '../core/plan-types';
import { t } from '../ui/i18n';

/** The follow-ups the guide counts before "know when to stop"; a card is an extra. */
const FOLLOW_UPS: readonly StepKind[] = ['thankYou', 'checkIn', 'secondCheckIn'];

export const followUpsDone = (view: InterviewView): number =>
  view.plan.steps.filter((step) => step.state === 'done' && FOLLOW_UPS.includes(step.step)).length;

/**
 * The guide's advice where it helps: when the plan stops, say to move on; while simply waiting,
 * that offers take time, rather than nagging. Nothing while a step is still to do.
 */
export function adviceFor(view: InterviewView): string | undefined {
  if (view.plan.stopSuggested) return t('adviceStop', followUpsDone(view));
  if (view.plan.next || view.interview.status !== 'awaiting') return undefined;
  return t('adviceWaiting');
}

/** The employer wrote: check-ins wait until the user says what changed. */
export const replyPending = (view: InterviewView): boolean =>
  view.plan.steps.some((step) => step.state === 'paused');
