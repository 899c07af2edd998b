import { formatDistanceStrict, type Locale } from 'date-fns';
import type { PlannedStep } from '../core/plan-types';
import { dateLanguage } from '../ui/date-locale';
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

const fullDates = new Map<string, Intl.DateTimeFormat>();

/**
 * A full date for tooltips and the timeline: relative times are easy to read but vague. In the
 * catalogue's language, as date-locale.ts picks it (a Spanish catalogue in an English browser
 * writes "mar, 3 mar"), not the browser's. One formatter per language for the page: building one
 * costs far more than formatting with it, once per row.
 */
export function absoluteTime(at: number, language: string = dateLanguage()): string {
  let formatter = fullDates.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    fullDates.set(language, formatter);
  }
  return formatter.format(at);
}
