/**
 * Storage bytes per interview: chrome.storage.local.getBytesInUse of each `interview:<id>` key
 * (key plus JSON value, as Chromium counts it against the quota), read in the service worker.
 */
import { median } from './stats.mjs';

export async function measureStorage(serviceWorker, ids) {
  const bytes = await serviceWorker.evaluate(
    (keys) => Promise.all(keys.map((key) => globalThis.chrome.storage.local.getBytesInUse(key))),
    ids.map((id) => `interview:${id}`),
  );
  return { median: Math.round(median(bytes)), max: Math.max(...bytes), count: bytes.length };
}
