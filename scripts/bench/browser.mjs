/**
 * A small launcher for the bench, after test/e2e/harness.ts (which is TypeScript, so a plain Node
 * script cannot import it): the system Chromium with or without dist/ loaded, the busy fixture pages
 * at the real Gmail and Outlook addresses (sites.mjs; Gmail's with Gmail's CSP), a page to send
 * protocol messages from, and CDP sessions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL } from 'node:url';
import { chromium } from 'playwright-core';
import { requireChrome } from '../find-chrome.mjs';
import { fixtureHandler } from '../fixture-route.mjs';
import { FIXTURE_HOSTS, SITES } from './sites.mjs';

const args = (dist) => [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
];

/**
 * Chromium on a fresh temp profile. With `dist`, the extension is loaded and its service worker
 * found; without, the same browser and flags make the baseline of the with/without comparison.
 */
export async function launch({ dist, fixtures }) {
  const profile = await mkdtemp(join(tmpdir(), 'interview-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChrome(),
    headless: true,
    args: args(dist),
    viewport: { width: 1280, height: 800 },
  });
  // Nothing may reach the network: fixtures answer the mail hosts, the rest is refused locally.
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && !FIXTURE_HOSTS.has(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  for (const site of Object.values(SITES)) {
    const handler = fixtureHandler(join(fixtures, site.page), site.headers);
    for (const host of site.hosts) await context.route(`https://${host}/**`, handler);
  }
  const session = { context, extensionId: '', serviceWorker: undefined };
  if (dist) {
    const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
    session.serviceWorker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    session.extensionId = new URL(session.serviceWorker.url()).host;
  }
  session.close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return session;
}

export const extensionUrl = (session, path) => `chrome-extension://${session.extensionId}/${path}`;

/** An extension page (the options page) to send messages from, as the popup does. */
export async function messagePage(session) {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, 'src/options/index.html'));
  return page;
}

/** Sends `{ name, payload }` from an extension page; returns the value or throws the error. */
export async function call(page, name, payload) {
  const reply = await page.evaluate((message) => globalThis.chrome.runtime.sendMessage(message), {
    name,
    payload,
  });
  if (!reply?.ok) throw new Error(`${name} failed: ${reply?.error ?? JSON.stringify(reply)}`);
  return reply.value;
}

/** A CDP session on the browser itself (Tracing, ServiceWorker), not on one page. */
export const browserSession = (session) => session.context.browser().newBrowserCDPSession();

export async function chromiumVersion(session) {
  const cdp = await browserSession(session);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return product;
}

/** Like call, but returns the round trip in ms as the page measured it (no CDP overhead). */
export async function timedCall(page, name, payload) {
  const { reply, elapsed } = await page.evaluate(
    async (message) => {
      const started = globalThis.performance.now();
      const answer = await globalThis.chrome.runtime.sendMessage(message);
      return { reply: answer, elapsed: globalThis.performance.now() - started };
    },
    { name, payload },
  );
  if (!reply?.ok) throw new Error(`${name} failed: ${reply?.error ?? JSON.stringify(reply)}`);
  return elapsed;
}

/** The running service worker: Playwright's handle dies when the worker is stopped. */
export async function currentServiceWorker(session) {
  const isOurs = (worker) => worker.url().startsWith(`chrome-extension://${session.extensionId}/`);
  return (
    session.context.serviceWorkers().find(isOurs) ??
    session.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 })
  );
}
