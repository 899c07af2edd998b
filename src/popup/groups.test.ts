import { describe, expect, it } from 'vitest';
import { dueCount, groupCards } from './groups';
import { cardOfView, HOUR, NOW, step, view } from './test-support';

const companies = (cards: { company: string }[]) => cards.map((card) => card.company);

describe('groupCards', () => {
  const cards = [
    view({ company: 'Later' }, step({ remindAt: NOW + 50 * HOUR })),
    view({ company: 'Waiting' }),
    view({ company: 'Sooner' }, step({ remindAt: NOW + 2 * HOUR })),
    view({ company: 'Overdue' }, step({ state: 'overdue', remindAt: NOW - 60 * HOUR })),
    view({ company: 'Due' }, step({ state: 'due', remindAt: NOW - 90 * HOUR })),
    view({ company: 'Offer', status: 'offer' }),
    view({ company: 'Rejected', status: 'rejected' }, step({ step: 'feedback', state: 'due' })),
  ].map(cardOfView);

  it('sorts interviews into Due now, Upcoming, Waiting and Closed', () => {
    const grouped = groupCards(cards);
    expect(companies(grouped.due)).toEqual(['Overdue', 'Due', 'Rejected']);
    expect(companies(grouped.upcoming)).toEqual(['Sooner', 'Later']);
    expect(companies(grouped.waiting)).toEqual(['Waiting']);
    expect(companies(grouped.closed)).toEqual(['Offer']);
  });

  it('counts due steps as the badge does, a rejected interview’s feedback request included', () => {
    expect(dueCount(cards)).toBe(3);
  });
});
