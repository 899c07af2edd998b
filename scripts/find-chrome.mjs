#!/usr/bin/env node
/**
 * The one place that decides which Chrome to drive: `npm start`, the e2e harness and `.ci/run` all
 * use it, so they never disagree. Order: $CHROME_PATH, Debian's /usr/bin/chromium, then a Chrome or
 * Chromium on PATH. Run directly, it prints the path or exits 1 (used by .ci/run).
 */
import { browserFinder, runAsScript } from './find-executable.mjs';

export const INSTALL_HINT =
  'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or set CHROME_PATH to its executable.';

const CHROME = {
  envVar: 'CHROME_PATH',
  before: ['/usr/bin/chromium'],
  // Chromium first: branded Google Chrome 137+ ignores --load-extension, which the tests rely on.
  names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  after: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};

const finder = browserFinder(CHROME, INSTALL_HINT);

/** The browser executable to use, or null when there is none. */
export const findChrome = finder.find;

/** Like findChrome, but a missing browser is an error that says how to install one. */
export const requireChrome = finder.findOrThrow;

runAsScript(import.meta.url, findChrome);
