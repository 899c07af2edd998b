import { describe, expect, it } from 'vitest';
import { settleYear } from './mention-year';

const now = { date: new Date(2026, 11, 3, 12), known: false };
const mention = (date: Date, weekday?: number) => ({
  date,
  guessedYear: true,
  ...(weekday === undefined ? {} : { weekday }),
});

describe('settleYear', () => {
  it('leaves a mention whose year the text named', () => {
    const named = { date: new Date(2027, 2, 3), guessedYear: false, weekday: 4 };
    expect(settleYear(named, now)).toBe(named);
  });

  it('takes the year nearby where the weekday agrees', () => {
    // March 3 is a Wednesday in 2027 (chrono's forward guess), a Tuesday in 2026.
    expect(settleYear(mention(new Date(2027, 2, 3, 14), 2), now)?.date).toEqual(
      new Date(2026, 2, 3, 14),
    );
  });

  it('moves no February 29 to a year without one', () => {
    // Tuesday, February 29, 2028, named as a Monday: no leap year nearby agrees.
    expect(settleYear(mention(new Date(2028, 1, 29, 9), 1), now)).toBeUndefined();
  });

  it('keeps a date without a weekday within ten months of now, not beyond', () => {
    expect(settleYear(mention(new Date(2027, 8, 20, 14)), now)).toBeDefined();
    expect(settleYear(mention(new Date(2027, 10, 20, 14)), now)).toBeUndefined();
    expect(settleYear(mention(new Date(2027, 10, 20, 14)), { ...now, known: true })).toBeDefined();
  });
});
