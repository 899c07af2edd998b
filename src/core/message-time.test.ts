import { describe, expect, it } from 'vitest';
import { messageTime } from './message-time';

const now = new Date(2026, 2, 10, 12, 0);
const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();

describe('messageTime', () => {
  it('takes the id time to the millisecond when the shown date agrees', () => {
    const id = at(3, 14, 0) + 17_123;
    expect(messageTime(id, ['Tue, Mar 3, 2026, 2:00 PM'], now)).toBe(id);
  });

  it('takes the id time when the page shows the date in a language it cannot read', () => {
    const id = at(3, 14, 0);
    expect(messageTime(id, ['mar 3 mar 2026, 14:00'], now)).toBe(id);
    expect(messageTime(id, ['2026年3月3日(火) 14:00'], now)).toBe(id);
    expect(messageTime(id, [], now)).toBe(id);
  });

  it('allows the account time zone and a date shown without its time', () => {
    // Shown as midnight in the browser's zone; the id says late that evening, a zone away.
    const id = at(3, 23, 30) + 10 * 3_600_000;
    expect(messageTime(id, ['Mar 3, 2026'], now)).toBe(id);
  });

  it('believes the page when its date and the id disagree by days', () => {
    expect(messageTime(at(1, 9), ['Tue, Mar 3, 2026, 2:00 PM'], now)).toBe(at(3, 14));
    expect(messageTime(at(8, 9), ['Tue, Mar 3, 2026, 2:00 PM'], now)).toBe(at(3, 14));
  });

  it('ignores an id time from before Gmail existed or from the future', () => {
    expect(messageTime(Date.UTC(2003, 0, 1), ['Tue, Mar 3, 2026, 2:00 PM'], now)).toBe(at(3, 14));
    expect(messageTime(at(20, 9), [], now)).toBeUndefined();
    expect(messageTime(Date.UTC(1999, 0, 1), [], now)).toBeUndefined();
    expect(messageTime(Number.NaN, [], now)).toBeUndefined();
  });

  it('reads the first date text a known language reads, else nothing', () => {
    expect(messageTime(undefined, ['(0 minutes ago)', 'Tue, Mar 3, 2026, 2:00 PM'], now)).toBe(
      at(3, 14),
    );
    expect(messageTime(undefined, ['03/04/2026'], now)).toBeUndefined();
  });
});
