/* global document, performance, MutationObserver */
/**
 * Dashboard (popup) first render at 1,000 interviews: the popup page opened as a tab, timed from
 * navigation start (performance.now's origin) to the last change of its list, recorded by a
 * MutationObserver installed before any of the page's scripts run. Covers opening the page, the
 * `interviews/cards` round trip (the background plans every interview) and rendering the rows.
 * Split at the popup's first own render: before it, the browser opening an extension page (the
 * same with no interviews); after it, the dashboard's own work.
 *
 * Memory: the popup's JS heap after a garbage collection (CDP Runtime.getHeapUsage), with the
 * list rendered; the bench takes it at 20 and at 1,000 interviews, and the difference is what the
 * interviews cost.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { BLANK_PAGE } from './blank-page.mjs';
import { extensionUrl } from './browser.mjs';
import { median } from './stats.mjs';

const RUNS = 5;
const ROWS = '.popup__list > li';
/** The list is complete when it has not changed for this long. */
const QUIET_MS = 750;

/**
 * Runs in the popup before its scripts: remembers when the dashboard first drew anything (its
 * script's first synchronous render fills #app, so this is where the extension's own work starts)
 * and when the row count last changed.
 */
const recordRows = (selector) => {
  const probe = { count: 0, firstAt: 0, lastAt: 0, ownAt: 0 };
  globalThis.__benchRows = probe;
  new MutationObserver(() => {
    if (!probe.ownAt && document.getElementById('app')?.firstElementChild) {
      probe.ownAt = performance.now();
    }
    const count = document.querySelectorAll(selector).length;
    if (count === probe.count) return;
    probe.count = count;
    probe.lastAt = performance.now();
    if (!probe.firstAt) probe.firstAt = probe.lastAt;
  }).observe(document, { childList: true, subtree: true });
};

async function openOnce(session, path = 'src/popup/index.html', rows = ROWS) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.addInitScript(recordRows, rows);
  await page.goto(extensionUrl(session, path));
  await page.waitForFunction(() => globalThis.__benchRows?.count > 0, null, { timeout: 30_000 });
  let last = -1;
  for (;;) {
    const probe = await page.evaluate(() => ({ ...globalThis.__benchRows }));
    if (probe.lastAt === last) {
      await page.close();
      return probe;
    }
    last = probe.lastAt;
    await sleep(QUIET_MS);
  }
}

/** First render, median of RUNS openings. */
export async function measurePopup(session) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openOnce(session));
  return {
    complete: median(runs.map((run) => run.lastAt)),
    firstRow: median(runs.map((run) => run.firstAt)),
    /** Before the popup's script ran: the browser opening an extension page. */
    pageOpen: median(runs.map((run) => run.ownAt)),
    /** From the popup's first own render to its last row: the dashboard's own work. */
    own: median(runs.map((run) => run.lastAt - run.ownAt)),
    rows: runs[0].count,
    runs: RUNS,
  };
}

/** The empty extension page (blank-page.mjs) to its one element: Chromium's share, median. */
export async function measureBlankPage(session) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openOnce(session, BLANK_PAGE, '#app > p'));
  return median(runs.map((run) => run.ownAt));
}

export async function measurePopupHeap(session) {
  const page = await session.context.newPage();
  try {
    await page.goto(extensionUrl(session, 'src/popup/index.html'));
    await page.waitForSelector(ROWS, { timeout: 30_000 });
    await sleep(QUIET_MS);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await page.close();
  }
}
