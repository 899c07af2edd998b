/**
 * The content script's share of the page's main thread, from a Chromium trace.
 *
 * Extension time: every complete event on the page's main thread whose script URL is
 * chrome-extension://<id>/ (FunctionCall for observer, listener and frame callbacks, EvaluateScript,
 * compile and module evaluation), outermost events only so nested calls count once.
 * Main-thread time: the thread's RunTask events. Both in thread CPU time, so that waiting for a
 * core on a loaded two-core machine does not count; wall times are kept for reference. Promise continuations run in
 * RunMicrotasks without a URL and are not attributed; in steady state the content script runs only
 * in its observer and frame callbacks, which are.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { browserSession } from './browser.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
];

/** Traces the whole browser for `durationMs` and returns the raw trace events. */
export async function recordTrace(session, durationMs) {
  const cdp = await browserSession(session);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
  });
  await sleep(durationMs);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

const scriptUrl = (event) => event.args?.data?.url ?? event.args?.fileName ?? '';

/** Total length of the union of [start, end) intervals, in ms (trace times are µs). */
function unionMs(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current;
  for (const [from, to] of sorted) {
    if (current && from <= current[1]) {
      current[1] = Math.max(current[1], to);
      continue;
    }
    if (current) total += current[1] - current[0];
    current = [from, to];
  }
  if (current) total += current[1] - current[0];
  return total / 1000;
}

const spans = (events) => events.map((event) => [event.ts, event.ts + event.dur]);

/**
 * Thread CPU time (ms) of the outermost events: a nested event's time is inside its parent's.
 * CPU time, unlike wall time, does not grow while the thread waits for one of the two cores.
 */
function outermostCpuMs(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const event of sorted) {
    if (event.ts < end) continue;
    end = event.ts + event.dur;
    total += event.tdur ?? event.dur;
  }
  return total / 1000;
}

/** The renderer main thread that runs most of the page's own scripts. */
function pageMainThread(events, pageOrigin) {
  const counts = new Map();
  for (const event of events) {
    if (event.name !== 'FunctionCall' || !scriptUrl(event).startsWith(pageOrigin)) continue;
    const key = `${event.pid}:${event.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best) throw new Error(`the trace has no script of ${pageOrigin}: is the page running?`);
  return best[0];
}

/**
 * The page's main-thread time and the extension's part of it, in thread CPU ms (the share) and in
 * wall ms; `extensionId` may be '' for the browser without the extension.
 */
export function analyzeTrace(events, { pageOrigin, extensionId }) {
  const thread = pageMainThread(events, pageOrigin);
  const onThread = events.filter(
    (event) => `${event.pid}:${event.tid}` === thread && event.ph === 'X' && event.dur >= 0,
  );
  const tasks = onThread.filter((event) => event.name === 'RunTask');
  const prefix = `chrome-extension://${extensionId}/`;
  const extension = extensionId
    ? onThread.filter((event) => scriptUrl(event).startsWith(prefix))
    : [];
  const first = Math.min(...onThread.map((event) => event.ts));
  const last = Math.max(...onThread.map((event) => event.ts + event.dur));
  const cpu = { main: outermostCpuMs(tasks), extension: outermostCpuMs(extension) };
  const wall = { main: unionMs(spans(tasks)), extension: unionMs(spans(extension)) };
  return {
    windowMs: (last - first) / 1000,
    cpu,
    wall,
    share: cpu.main > 0 ? cpu.extension / cpu.main : Number.NaN,
    wallShare: wall.main > 0 ? wall.extension / wall.main : Number.NaN,
    extensionCalls: extension.length,
  };
}
