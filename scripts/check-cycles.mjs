#!/usr/bin/env node
/**
 * Part of `npm run lint`: fails when a file in src/ imports itself back through others, type-only
 * imports included (issue 14). Each cycle is printed as the path that closes it.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCycles, importGraph } from './import-cycles.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Another folder may be named on the command line (how the failure path is tried out).
const dir = resolve(process.argv[2] ?? join(ROOT, 'src'));

const cycles = findCycles(importGraph(dir, join(ROOT, 'tsconfig.json')));
if (cycles.length > 0) {
  console.error(`check-cycles: ${cycles.length} circular import(s) in ${dir}:`);
  for (const cycle of cycles) console.error(`  ${cycle.join(' → ')}`);
  console.error(
    'Move the shared type or function down a layer (core/ < storage/ < messaging/ < the pages), ' +
      'so that only one side imports the other.',
  );
  process.exit(1);
}
