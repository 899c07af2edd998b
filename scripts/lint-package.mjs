#!/usr/bin/env node
/**
 * Lints the built packages with Mozilla's addons-linter (part of `npm test`, after the builds):
 * manifest schema, permissions, unsafe code patterns and content security policy, all offline.
 * Fails on any error, and on the warnings that mean remote or string-built code; the other
 * warnings are printed for review.
 *
 * By default it lints dist/ (Chrome) and dist-firefox/ (npm run build:firefox); folders may be
 * named on the command line instead. A package whose manifest has a gecko id is linted as Firefox
 * sees it, with every rule. The Chrome package is linted with MV3 service-worker support on and one
 * rule set aside, by name and with the reason, because it only concerns Mozilla's store.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import linter from 'addons-linter';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = process.argv.length > 2 ? process.argv.slice(2) : ['dist', 'dist-firefox'];

const NOT_FOR_CHROME = {
  ADDON_ID_REQUIRED:
    'browser_specific_settings.gecko.id is the id addons.mozilla.org signs a Firefox add-on ' +
    'with; the Chrome package does not carry it (dist-firefox/ does, and is linted with it)',
};

/** Warnings that mean remote or string-built code: for this extension they fail like errors. */
const FATAL_WARNINGS = new Set([
  'MANIFEST_CSP',
  'MANIFEST_CSP_UNSAFE_EVAL',
  'DANGEROUS_EVAL',
  'NO_IMPLIED_EVAL',
  'REMOTE_SCRIPT',
]);

const where = (m) => [m.file, m.line, m.column].filter((part) => part !== undefined).join(':');

async function lint(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const firefox = manifest.browser_specific_settings?.gecko !== undefined;
  const setAsideRules = firefox ? {} : NOT_FOR_CHROME;
  const instance = linter.createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: !firefox,
      enableBackgroundServiceWorker: !firefox,
      minManifestVersion: 3,
      maxManifestVersion: 3,
    },
    runAsBinary: false,
  });
  const report = await instance.run();
  const errors = [
    ...report.errors.filter((m) => !(m.code in setAsideRules)),
    ...report.warnings.filter((m) => FATAL_WARNINGS.has(m.code)),
  ];
  const warnings = report.warnings.filter((m) => !FATAL_WARNINGS.has(m.code));
  console.log(`${firefox ? 'Firefox' : 'Chrome'} package ${dir}:`);
  for (const m of report.errors.filter((m) => m.code in setAsideRules)) {
    console.log(`  set aside  ${m.code}: ${setAsideRules[m.code]}`);
  }
  for (const m of warnings) console.log(`  warning    ${m.code} ${where(m)}: ${m.message}`);
  for (const m of report.notices) console.log(`  notice     ${m.code} ${where(m)}: ${m.message}`);
  for (const m of errors) console.error(`  ERROR      ${m.code} ${where(m)}: ${m.message}`);
  console.log(
    `  ${errors.length} error(s), ${warnings.length} warning(s), ${report.notices.length} notice(s)`,
  );
  return errors.length;
}

let failed = 0;
for (const name of DIRS) {
  const dir = resolve(ROOT, name);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`${dir}/manifest.json is missing: build it first (npm run build, build:firefox)`);
    failed++;
    continue;
  }
  failed += await lint(dir);
}
console.log(`addons-linter: ${failed === 0 ? 'no errors' : `${failed} error(s)`}`);
process.exitCode = failed === 0 ? 0 : 1;
