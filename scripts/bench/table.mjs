/**
 * Collects the bench's rows. A figure that throws becomes a "failed" row and fails the bench at
 * the end, while the other figures still run: one broken measurement should not hide the rest.
 */
import { BUDGETS, judged } from './budgets.mjs';

export function createTable() {
  const rows = [];
  const table = {
    rows,
    failed: false,
    /** A figure without a budget: context, an anchor, a cross-check. */
    row(figure, value, method) {
      rows.push({ figure, value, method });
    },
    /**
     * A figure judged against BUDGETS[budgetKey]: its Value cell opens with `measured` itself,
     * `detail` follows in brackets (see judged() in budgets.mjs).
     */
    budgeted(figure, budgetKey, measured, detail, method) {
      const budget = BUDGETS[budgetKey];
      if (!budget) throw new Error(`No budget named ${budgetKey}`);
      rows.push({ figure, method, ...judged(budget, measured, detail) });
    },
    /** Runs one measurement; returns its result, or undefined when it failed. */
    async figure(name, measure) {
      const started = Date.now();
      try {
        return await measure();
      } catch (error) {
        table.failed = true;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        rows.push({ figure: name, value: `failed: ${message}` });
        console.error(`${name}: failed`, error);
        return undefined;
      } finally {
        console.log(`… ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    },
  };
  return table;
}
