import { formatDistanceStrict } from 'date-fns';
import { isOpen } from '../core/interview';
import type { PlannedStep } from '../core/plan-types';
import type { InterviewView } from '../messaging/protocol';
import type { MessageKey } from '../ui/i18n';

export type Urgency = 'overdue' | 'due' | 'upcoming' | 'none';

/** How urgent an interview's next step is; `none` when nothing is left to do. */
export function urgency(view: InterviewView): Urgency {
  const state = view.plan.next?.state;
  return state === 'overdue' || state === 'due' || state === 'upcoming' ? state : 'none';
}

const RANK: Record<Urgency, number> = { overdue: 0, due: 1, upcoming: 2, none: 3 };

/** The dashboard's rows: open interviews only, the most pressing first, then by reminder time. */
export function openInterviews(views: readonly InterviewView[]): InterviewView[] {
  return views
    .filter((view) => isOpen(view.interview))
    .sort(
      (a, b) =>
        RANK[urgency(a)] - RANK[urgency(b)] ||
        (a.plan.next?.remindAt ?? Infinity) - (b.plan.next?.remindAt ?? Infinity) ||
        a.interview.start - b.interview.start,
    );
}

/**
 * When a step is due, in words: the reminder time while it is upcoming, then its due time
 * ("Due in 21 hours", "Was due 5 hours ago"). The Due/Overdue tag carries the urgency.
 */
export function timing(
  step: PlannedStep,
  now: number,
): { key: MessageKey; at: number; when: string } {
  const relative = (at: number) => formatDistanceStrict(at, now, { addSuffix: true });
  if (step.state === 'upcoming')
    return { key: 'popupRemindAt', at: step.remindAt, when: relative(step.remindAt) };
  return {
    key: now < step.dueAt ? 'popupDueIn' : 'popupWasDue',
    at: step.dueAt,
    when: relative(step.dueAt),
  };
}

/** A full date for the tooltip: relative times are easy to read but vague. */
export function absoluteTime(at: number): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}
