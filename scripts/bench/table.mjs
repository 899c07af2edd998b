/**
 * Collects the bench's rows. A figure that throws becomes a "failed" row and fails the bench at
 * the end, while the other figures still run: one broken measurement should not hide the rest.
 */
import { BUDGETS, verdict } from './budgets.mjs';

export function createTable() {
  const rows = [];
  const table = {
    rows,
    failed: false,
    /** A row; `budgetKey` names a BUDGETS entry, or is left out for figures without one. */
    row(figure, value, method, budgetKey, measured) {
      const budget = budgetKey ? BUDGETS[budgetKey] : undefined;
      rows.push({
        figure,
        value,
        method,
        budget: budget?.label,
        result: verdict(measured, budget),
      });
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
