import { isOrphaned, type RuntimeSurface } from '../messaging/extension-gone';
import { PANEL_TAG } from './panel/mount-panel';
import { THREAD_TAG } from './thread/watch-thread';

/**
 * When the extension is updated, reloaded or turned off and on, Chrome leaves the old content
 * script running in each open mail tab with its extension gone, and the background runs the new
 * one beside it (background/inject-open-tabs.ts). The new one asks the old one to step down with a
 * DOM event; the page can dispatch that event too, so a copy steps down only if its own extension
 * is gone: the worst a page can do is make an orphaned copy leave a little earlier. Firefox unloads
 * an old copy's code but leaves its elements in the page: the new copy removes any that are left.
 */
export const HANDOVER_EVENT = 'interview-follow-up-handover';

/**
 * Scripts run by the manifest and by scripting.executeScript share one global per extension
 * instance and page (the isolated world; a new instance gets a new one, which the page cannot
 * read): at a browser start both run in a restored tab, and only the first may start.
 */
const RUNNING = Symbol.for('interview-follow-up.running');

/** True for the first copy of the script in this extension instance and page; false after. */
export function claimPage(scope: object = globalThis): boolean {
  const flags = scope as Record<symbol, boolean | undefined>;
  if (flags[RUNNING]) return false;
  flags[RUNNING] = true;
  return true;
}

/** Asks older copies to step down, then removes what a copy left behind without stepping down. */
export function takeOver(doc: Document): void {
  doc.dispatchEvent(new Event(HANDOVER_EVENT));
  for (const left of doc.querySelectorAll(`${PANEL_TAG}, ${THREAD_TAG}`)) left.remove();
}

/**
 * Calls `retire` when a newer copy takes over, if this copy's extension is gone. Returns the
 * function that stops listening.
 */
export function onTakeover(
  doc: Document,
  retire: () => void,
  surface?: RuntimeSurface,
): () => void {
  const listener = () => {
    if (isOrphaned(surface)) retire();
  };
  doc.addEventListener(HANDOVER_EVENT, listener);
  return () => doc.removeEventListener(HANDOVER_EVENT, listener);
}
