import type { InterviewCard } from '../core/card';
import { isOpen } from '../core/interview';

/** The dashboard's sections, in the order they are shown. */
export const GROUPS = ['due', 'upcoming', 'waiting', 'closed'] as const;
export type GroupName = (typeof GROUPS)[number];

/**
 * Due now: a reminder has passed (the badge counts these, a rejected interview's feedback request
 * included). Upcoming: a step is planned. Waiting: open, nothing to do until the employer answers.
 * Closed: offer, rejected or withdrawn with nothing left to do.
 */
export function groupOf(card: InterviewCard): GroupName {
  if (card.dueCount > 0) return 'due';
  if (card.next) return 'upcoming';
  return isOpen(card) ? 'waiting' : 'closed';
}

const byNextReminder = (a: InterviewCard, b: InterviewCard): number =>
  (a.next?.remindAt ?? Infinity) - (b.next?.remindAt ?? Infinity) || a.start - b.start;

const overdueFirst = (a: InterviewCard, b: InterviewCard): number =>
  Number(b.next?.state === 'overdue') - Number(a.next?.state === 'overdue') || byNextReminder(a, b);

const ORDER: Record<GroupName, (a: InterviewCard, b: InterviewCard) => number> = {
  due: overdueFirst,
  upcoming: byNextReminder,
  // The interviews most recently held are the ones an answer may come for first.
  waiting: (a, b) => b.start - a.start,
  closed: (a, b) => b.updatedAt - a.updatedAt,
};

export type Grouped = Record<GroupName, InterviewCard[]>;

export function groupCards(cards: readonly InterviewCard[]): Grouped {
  const grouped: Grouped = { due: [], upcoming: [], waiting: [], closed: [] };
  for (const card of cards) grouped[groupOf(card)].push(card);
  for (const name of GROUPS) grouped[name].sort(ORDER[name]);
  return grouped;
}

/** The steps whose reminder has passed: the same count as the toolbar badge. */
export const dueCount = (cards: readonly InterviewCard[]): number =>
  cards.reduce((sum, card) => sum + card.dueCount, 0);
