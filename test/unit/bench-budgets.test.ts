import { describe, expect, it } from 'vitest';
import { BUDGETS, judged, verdict, type Budget } from '../../scripts/bench/budgets.mjs';
import { createTable } from '../../scripts/bench/table.mjs';

const UNITS: Record<string, number> = { B: 1, KB: 1000, MB: 1e6, ms: 1, s: 1000, '%': 0.01 };
const limit = (budget: Budget) => (budget.max ?? budget.below) as number;

describe('the bench verdict', () => {
  it('reads "at most" budgets inclusively and "below" budgets strictly', () => {
    const atMost: Budget = { max: 16, label: '≤ 16 ms', format: String };
    const below: Budget = { below: 100, label: '< 100 ms', format: String };
    expect([15.9, 16, 16.1].map((value) => verdict(value, atMost))).toEqual(['ok', 'ok', 'over']);
    expect([99.9, 100, 166.4].map((value) => verdict(value, below))).toEqual([
      'ok',
      'over',
      'over',
    ]);
  });

  it('says nothing without a budget or without a figure', () => {
    expect(verdict(5, undefined)).toBe('');
    expect(verdict(undefined, BUDGETS.importMs)).toBe('');
    expect(verdict(Number.NaN, BUDGETS.importMs)).toBe('');
  });

  it('shows the figure it judges first: 166.4 ms against < 100 ms reads "over"', () => {
    const budget = BUDGETS.dashboardFromNavigationOursMs as Budget;
    expect(judged(budget, 166.4)).toEqual({
      value: '166.4 ms',
      budget: '< 100 ms',
      result: 'over',
    });
    expect(judged(budget, 86.1, '130.0 ms with 20')).toEqual({
      value: '86.1 ms (130.0 ms with 20)',
      budget: '< 100 ms',
      result: 'ok',
    });
  });

  it.each(Object.entries(BUDGETS))('%s: its label says what the verdict checks', (_, budget) => {
    const [, sign, amount, unit] =
      /^([≤<]) ([\d.]+) ?(KB|MB|B|ms|s|%)(?: |$)/.exec(budget.label) ?? [];
    expect(sign).toBe(budget.max === undefined ? '<' : '≤');
    expect(Number(amount) * (UNITS[unit as string] as number)).toBeCloseTo(limit(budget), 9);
    // Just past the limit is never "ok", and the Value cell shows that figure.
    const past = limit(budget) * 1.001;
    expect(judged(budget, past).result).toBe('over');
    expect(judged(budget, past).value).toBe(budget.format(past));
  });
});

describe('the bench table', () => {
  it('builds a budgeted row from the measured figure, not from a string beside it', () => {
    const table = createTable();
    table.budgeted('Import', 'importMs', 1234.5, 'median of 3', 'how');
    table.row('Background', 'compose/context 9.4 ms', 'how');
    expect(table.rows).toEqual([
      {
        figure: 'Import',
        method: 'how',
        value: '1234.5 ms (median of 3)',
        budget: '< 1 s',
        result: 'over',
      },
      { figure: 'Background', value: 'compose/context 9.4 ms', method: 'how' },
    ]);
  });

  it('refuses a budget that does not exist rather than judging nothing', () => {
    expect(() => createTable().budgeted('Import', 'importSeconds', 1)).toThrow(/importSeconds/);
  });
});
