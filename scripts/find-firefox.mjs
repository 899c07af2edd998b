#!/usr/bin/env node
/**
 * Which Firefox the Firefox smoke test drives (test/firefox/) and `.ci/run` installs when missing.
 * Order: $FIREFOX_PATH, Debian's /usr/bin/firefox-esr and /usr/bin/firefox, then either on PATH.
 * Run directly, it prints the path, or exits 1 when none is found (2 when FIREFOX_PATH is wrong).
 */
import { browserFinder, runAsScript } from './find-executable.mjs';

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian: `sudo apt-get install firefox-esr`) or set ' +
  'FIREFOX_PATH to its executable.';

const FIREFOX = {
  envVar: 'FIREFOX_PATH',
  before: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  names: ['firefox-esr', 'firefox'],
  after: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
};

const finder = browserFinder(FIREFOX, FIREFOX_INSTALL_HINT);

/** The Firefox executable to use, or null when there is none. */
export const findFirefox = finder.find;

/** Like findFirefox, but a missing browser is an error that says how to install one. */
export const requireFirefox = finder.findOrThrow;

runAsScript(import.meta.url, findFirefox);
