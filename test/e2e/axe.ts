import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

/** A serious or critical axe-core finding, short enough to read in a failed assertion. */
export interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
}

let source: string | undefined;

/**
 * Runs axe-core in the page and returns its serious and critical violations. The source is
 * evaluated through the DevTools protocol rather than added as a script tag: extension pages
 * allow only their own scripts (and so would the mail sites' CSP). `scope` is a locator or a CSS
 * selector; axe checks what it names together with the open shadow roots inside, so a selector of
 * the extension's shadow host checks just the extension's UI on a mail page.
 */
export async function axeViolations(page: Page, scope?: Locator | string): Promise<Violation[]> {
  source ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const selector =
    typeof scope === 'string'
      ? scope
      : scope
        ? await scope.evaluate((el) => (el.id ? `#${el.id}` : el.tagName))
        : null;
  const results = await page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown): Promise<unknown> } }).axe;
    return (await axe.run(context ?? document)) as AxeResults;
  }, selector);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
