/* global document, performance, MutationObserver, setTimeout, clearTimeout */
/**
 * Panel mount and insertion latency on a site's busy fixture (sites.mjs: Gmail and Outlook, each
 * churning thousands of node mutations a second), measured inside the page with performance.now(),
 * so Playwright's own round trips and actionability checks never count.
 *
 * Mount: both fixtures insert the compose synchronously in `__fixture.openCompose()`; the clock
 * starts right after that call returns (before any observer callback has run) and stops in a
 * MutationObserver created after the content script's, so it runs after it in the same checkpoint
 * and sees the `interview-follow-up-panel` host as soon as it exists.
 * Insertion: from a capture-phase click listener on window (the first script to see the click)
 * to the first mutation of the compose body. Outlook's roosterjs takes the insertion as a paste
 * and lands it one task later: that task is part of the figure, as it is of what the user sees.
 */
import { FIXTURE_RECRUITER } from './seed.mjs';
import { median, percentile } from './stats.mjs';

const PANEL_TAG = 'interview-follow-up-panel';
const SAMPLES = 20;

/** Opens the site's busy page and waits until the fixture is ready and churning. */
export async function openBusyPage(context, site) {
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => globalThis.__fixture?.ready === true);
  return page;
}

/**
 * In the page: opens a compose of `kind` to the tracked recruiter and resolves with the times of
 * the panel host's insertion and of its buttons being usable (the background's answer arrived).
 */
const openAndTime = ([tag, kind, to]) =>
  new Promise((resolve, reject) => {
    let openedAt = 0;
    let mountedAt = 0;
    const timeout = setTimeout(() => reject(new Error('no panel within 5 s')), 5_000);
    const ready = (host) => {
      const button = [...host.shadowRoot.querySelectorAll('button')].find(
        (candidate) => candidate.textContent.trim() === 'Insert thank-you',
      );
      return button && !button.disabled;
    };
    const finish = (composeid, host) => {
      const done = () => {
        if (!ready(host)) return false;
        clearTimeout(timeout);
        resolve({ composeid, mount: mountedAt - openedAt, ready: performance.now() - openedAt });
        return true;
      };
      if (done()) return;
      const readyObserver = new MutationObserver(() => done() && readyObserver.disconnect());
      readyObserver.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true });
    };
    let composeid = '';
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          const host = node.localName === tag ? node : node.querySelector(tag);
          if (!host) continue;
          mountedAt = performance.now();
          observer.disconnect();
          finish(composeid, host);
          return;
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    composeid = globalThis.__fixture.openCompose(kind, { to: [to] });
    // Observer callbacks run after this script returns: no panel can have been timed yet.
    openedAt = performance.now();
  });

/** In the page: arms the click and body-mutation clocks; read back with readInsertion. */
const armInsertion = (bodySelector) => {
  const probe = { clickAt: 0, changedAt: 0 };
  globalThis.__benchInsertion = probe;
  const body = document.querySelector(bodySelector);
  if (!body) throw new Error(`no compose body ${bodySelector}`);
  const observer = new MutationObserver(() => {
    if (probe.changedAt) return;
    probe.changedAt = performance.now();
    observer.disconnect();
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  globalThis.addEventListener('click', () => (probe.clickAt ||= performance.now()), {
    capture: true,
    once: true,
  });
};

const readInsertion = () => {
  const { clickAt, changedAt } = globalThis.__benchInsertion;
  return clickAt && changedAt ? changedAt - clickAt : null;
};

/** One compose: open, time the panel, insert the thank-you, time it, close. */
async function sample(page, site) {
  const opened = await page.evaluate(openAndTime, [PANEL_TAG, site.composeKind, FIXTURE_RECRUITER]);
  await page.evaluate(armInsertion, site.body);
  await page.getByRole('button', { name: 'Insert thank-you' }).click();
  await page.waitForFunction(() => globalThis.__benchInsertion.changedAt > 0);
  const insertion = await page.evaluate(readInsertion);
  await page.evaluate((id) => globalThis.__fixture.closeCompose(id), opened.composeid);
  await page.waitForFunction((tag) => !document.querySelector(tag), PANEL_TAG);
  return { ...opened, insertion };
}

const spread = (values) => ({ median: median(values), p95: percentile(values, 95) });

/** Panel mount, panel ready and insertion on `site`'s busy page, median and p95 of SAMPLES. */
export async function measureCompose(page, site) {
  // The first compose pays for compiling the panel code: reported apart, kept out of the median.
  const first = await sample(page, site);
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await sample(page, site));
  const values = (key) => samples.map((entry) => entry[key]).filter((value) => value !== null);
  const stats = await page.evaluate(() => globalThis.__fixture.busy.stats());
  return {
    mount: { ...spread(values('mount')), first: first.mount },
    ready: spread(values('ready')),
    insertion: spread(values('insertion')),
    samples: SAMPLES,
    mutationsPerSecond: stats.nodeMutationsPerSecond,
  };
}
