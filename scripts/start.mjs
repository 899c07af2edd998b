#!/usr/bin/env node
/**
 * `npm start`: install if needed, build, and open Chromium with the extension loaded in a profile
 * of its own (.profile/, so your everyday browser is untouched). Gmail's address serves a local
 * demo mailbox, so the extension can be tried without an account; `--gmail` opens the real one.
 *
 *   npm start                                   headed; runs until the browser is closed
 *   npm start -- --headless --screenshot shot.png   no display needed; writes shot.png and exits
 *   npm start -- --gmail                        the real Gmail (sign in inside the .profile browser)
 *   npm start -- --outlook                      the built-in Outlook demo mailbox (outlook.live.com)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { fixtureHandler, GMAIL_CSP } from './fixture-route.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const PROFILE = join(ROOT, '.profile');
const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const OUTLOOK_INBOX = 'https://outlook.live.com/mail/0/';
const GMAIL_DEMO = 'test/fixtures/gmail/demo.html';
const OUTLOOK_DEMO = 'test/fixtures/outlook/demo.html';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) fail(`\`${command} ${args.join(' ')}\` failed`);
}

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    gmail: { type: 'boolean', default: false },
    outlook: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (options.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
if (options.outlook && options.gmail) fail('choose one of --gmail and --outlook.');
const INBOX = options.outlook ? OUTLOOK_INBOX : GMAIL_INBOX;
if (options.headless && !options.screenshot) {
  fail('--headless needs --screenshot FILE (without a window there is nothing else to see).');
}
const onLinux = process.platform === 'linux';
if (!options.headless && onLinux && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('no display found. Try `npm start -- --headless --screenshot shot.png`.');
}

let chromePath;
try {
  chromePath = findChrome();
} catch (error) {
  fail(error.message);
}
if (!chromePath) fail(INSTALL_HINT);

if (!existsSync(join(ROOT, 'node_modules'))) run('npm', ['ci']);
run('npm', ['run', 'build']);

// Imported only now: on a fresh clone they exist only after `npm ci` above (the registry's
// loader is Vite's).
const { chromium } = await import('playwright-core');
const { hostsOf } = await import('./registry.mjs');

const args = [
  `--disable-extensions-except=${DIST}`,
  `--load-extension=${DIST}`,
  '--no-first-run',
  '--disable-sync',
];
if (options.headless) args.push('--headless=new', '--disable-gpu');
// Chromium refuses to run as root (containers, CI) unless its sandbox is off.
if (process.getuid?.() === 0) args.push('--no-sandbox');

let context;
try {
  context = await chromium.launchPersistentContext(PROFILE, {
    executablePath: chromePath,
    headless: options.headless,
    args,
    // Headed: let the window size the page, like a normal browser.
    viewport: options.headless ? { width: 1280, height: 800 } : null,
  });
} catch (error) {
  fail(
    `could not start ${chromePath} (${error.message.split('\n')[0]}). ` +
      'Is another `npm start` still running on .profile/?',
  );
}

// The demo mailboxes answer at the real addresses, so the real content script runs on them.
if (!options.gmail) {
  await context.route(
    `https://${hostsOf('gmail')[0]}/**`,
    fixtureHandler(join(ROOT, GMAIL_DEMO), { 'content-security-policy': GMAIL_CSP }),
  );
  for (const host of hostsOf('outlook')) {
    await context.route(`https://${host}/**`, fixtureHandler(join(ROOT, OUTLOOK_DEMO)));
  }
}

const isExtension = (worker) => worker.url().startsWith('chrome-extension://');
const worker =
  context.serviceWorkers().find(isExtension) ??
  (await context
    .waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 })
    .catch(() => null));
if (!worker) {
  await context.close();
  fail(
    'the extension did not load. Branded Google Chrome 137+ ignores --load-extension: use Chromium.',
  );
}
const extensionId = new URL(worker.url()).host;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(INBOX, { waitUntil: 'load' });
console.log(
  `Extension ${extensionId} loaded; ${options.gmail ? 'Gmail' : 'demo mailbox'} at ${INBOX}`,
);
console.log(`Popup as a page: chrome-extension://${extensionId}/src/popup/index.html`);

if (options.screenshot) {
  // Content scripts run once the page is idle; give the thread button a moment to appear, and
  // take the picture anyway if this page has none (an inbox view, or a site it does not know).
  await page
    .getByRole('button', { name: /Tag as interview|Edit interview/ })
    .first()
    .waitFor({ timeout: 3_000 })
    .catch(() => undefined);
  const file = resolve(process.cwd(), options.screenshot);
  await page.screenshot({ path: file });
  console.log(`Screenshot written to ${file}`);
}
if (options.headless) {
  await context.close();
  process.exit(0);
}

console.log('Close the browser window (or press Ctrl+C) to stop.');
process.on('SIGINT', () => void context.close());
await new Promise((done) => context.on('close', done));
