import { formatDistanceStrict, type Locale } from 'date-fns';
import type { PlannedStep } from '../core/plan-types';
import type { MessageKey } from '../ui/i18n';

export type Urgency = 'overdue' | 'due' | 'upcoming' | 'none';

/** How urgent an interview's next step is; `none` when nothing is left to do. */
export function urgency(next: PlannedStep | undefined): Urgency {
  const state = next?.state;
  return state === 'overdue' || state === 'due' || state === 'upcoming' ? state : 'none';
}

/**
 * When a step is due, in words: "Due in 5 hours" before its reminder, "Due within 21 hours" once
 * the reminder passed, "Overdue by 1 day" after its due time. The sentence comes from the
 * catalogue and the duration from date-fns in the same language, so the two always agree.
 */
export function timing(
  step: PlannedStep,
  now: number,
  locale?: Locale,
): { key: MessageKey; at: number; distance: string } {
  const distance = (at: number) => formatDistanceStrict(at, now, locale ? { locale } : {});
  if (step.state === 'upcoming') {
    return { key: 'popupDueIn', at: step.remindAt, distance: distance(step.remindAt) };
  }
  if (now < step.dueAt) {
    return { key: 'popupDueWithin', at: step.dueAt, distance: distance(step.dueAt) };
  }
  return { key: 'popupOverdueBy', at: step.dueAt, distance: distance(step.dueAt) };
}

let fullDate: Intl.DateTimeFormat | undefined;

/**
 * A full date for tooltips and the timeline: relative times are easy to read but vague. One
 * formatter for the page: building one costs far more than formatting with it, once per row.
 */
export function absoluteTime(at: number): string {
  fullDate ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return fullDate.format(at);
}
