#!/usr/bin/env node
/**
 * CI's size guard (part of `npm test`, after the e2e build): fails when the initial content script
 * or the popup's JS is over its gzip budget. Sizes only: times are noisy on CI machines, so they are
 * reported by `npm run bench` and never asserted.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, verdict } from './bench/budgets.mjs';
import { formatKb, measureSizes } from './bench/sizes.mjs';

// Another build folder may be named on the command line (how the failure path is tried out).
const DIST = resolve(
  process.argv[2] ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist'),
);

function check(name, measured, budget) {
  const result = verdict(measured.gzip, budget);
  console.log(`${name}: ${formatKb(measured.gzip)} gzip (budget ${budget.label}): ${result}`);
  if (result === 'ok') return true;
  console.error(`  ${name} is over budget. Largest files:`);
  for (const { file, gzip } of measured.files.slice(0, 5)) {
    console.error(`    ${formatKb(gzip).padStart(9)}  ${file}`);
  }
  return false;
}

let sizes;
try {
  sizes = measureSizes(DIST);
} catch (error) {
  console.error(`check-size: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
const passed = [
  check('Initial content script', sizes.contentInitial, BUDGETS.contentInitialGzip),
  check('Popup JS', sizes.popupInitial, BUDGETS.popupGzip),
].every(Boolean);
console.log(`Lazy content-script chunks (not budgeted): ${formatKb(sizes.contentLazy.gzip)} gzip`);
if (!passed) {
  console.error(
    'check-size: over the gzip budget (issues 3 and 7). Move heavy work to the background or ' +
      'behind a dynamic import(), or drop a dependency; `npm run bench` lists every file.',
  );
  process.exit(1);
}
