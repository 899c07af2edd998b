#!/usr/bin/env node
/**
 * The one place that decides which Chrome to drive: `npm start`, the e2e harness and `.ci/run` all
 * use it, so they never disagree. Order: $CHROME_PATH, Debian's /usr/bin/chromium, then a Chrome or
 * Chromium on PATH. Run directly, it prints the path or exits 1 (used by .ci/run).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT =
  'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or set CHROME_PATH to its executable.';

// Chromium first: branded Google Chrome 137+ ignores --load-extension, which the tests rely on.
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser executable to use, or null when there is none. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) {
    // An explicit choice that does not exist is a mistake to report, not to paper over.
    if (!isExecutable(env.CHROME_PATH)) {
      throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file.`);
    }
    return env.CHROME_PATH;
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ON_PATH) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return MAC_APPS.find(isExecutable) ?? null;
}

/** Like findChrome, but a missing browser is an error that says how to install one. */
export function requireChrome(env = process.env) {
  const found = findChrome(env);
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const found = findChrome();
    if (!found) process.exit(1);
    console.log(found);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
