import { isOpen } from '../core/interview';
import type { InterviewView } from '../messaging/protocol';

/** The dashboard's sections, in the order they are shown. */
export const GROUPS = ['due', 'upcoming', 'waiting', 'closed'] as const;
export type GroupName = (typeof GROUPS)[number];

/**
 * Due now: a reminder has passed (the badge counts these, a rejected interview's feedback request
 * included). Upcoming: a step is planned. Waiting: open, nothing to do until the employer answers.
 * Closed: offer, rejected or withdrawn with nothing left to do.
 */
export function groupOf(view: InterviewView): GroupName {
  if (view.plan.due.length > 0) return 'due';
  if (view.plan.next) return 'upcoming';
  return isOpen(view.interview) ? 'waiting' : 'closed';
}

const byNextReminder = (a: InterviewView, b: InterviewView): number =>
  (a.plan.next?.remindAt ?? Infinity) - (b.plan.next?.remindAt ?? Infinity) ||
  a.interview.start - b.interview.start;

const overdueFirst = (a: InterviewView, b: InterviewView): number =>
  Number(b.plan.next?.state === 'overdue') - Number(a.plan.next?.state === 'overdue') ||
  byNextReminder(a, b);

const ORDER: Record<GroupName, (a: InterviewView, b: InterviewView) => number> = {
  due: overdueFirst,
  upcoming: byNextReminder,
  // The interviews most recently held are the ones an answer may come for first.
  waiting: (a, b) => b.interview.start - a.interview.start,
  closed: (a, b) => b.interview.updatedAt - a.interview.updatedAt,
};

export type Grouped = Record<GroupName, InterviewView[]>;

export function groupViews(views: readonly InterviewView[]): Grouped {
  const grouped: Grouped = { due: [], upcoming: [], waiting: [], closed: [] };
  for (const view of views) grouped[groupOf(view)].push(view);
  for (const name of GROUPS) grouped[name].sort(ORDER[name]);
  return grouped;
}

/** The steps whose reminder has passed: the same count as the toolbar badge. */
export const dueCount = (views: readonly InterviewView[]): number =>
  views.reduce((sum, view) => sum + view.plan.due.length, 0);
