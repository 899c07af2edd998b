/**
 * Service worker start to first handled message: the worker is stopped over CDP (as Chromium does
 * after 30 s idle), then an extension page sends a cheap message and times the round trip, which
 * covers waking the worker, evaluating its modules, registering listeners and answering.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { timedCall } from './browser.mjs';
import { median } from './stats.mjs';

const RUNS = 10;

/** A cheap message (one settings read), so the figure is the worker's start, not a handler. */
const roundTrip = (page) => timedCall(page, 'settings/get', {});

/** Resolves when every service worker version CDP reports is stopped. */
function stopped(cdp, versions) {
  return new Promise((resolve) => {
    const check = () => {
      const statuses = [...versions.values()];
      if (statuses.length > 0 && statuses.every((status) => status === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', check);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', check);
    check();
  });
}

export async function measureServiceWorker(session, page) {
  const cdp = await session.context.newCDPSession(page);
  const versions = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const version of updated) versions.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const cold = [];
  const warm = [];
  for (let run = 0; run < RUNS; run++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped(cdp, versions);
    // Let the browser settle the stop before the wake-up, as an idle stop would be.
    await sleep(100);
    cold.push(await roundTrip(page));
    warm.push(await roundTrip(page));
  }
  await cdp.detach();
  return { cold: median(cold), warm: median(warm), runs: RUNS };
}
