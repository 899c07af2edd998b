import browser from 'webextension-polyfill';

/**
 * What differs between Chrome and Firefox (Manifest V3) for this extension, in one place. A
 * difference the extension must act on gets a flag here; the others are listed with the reason no
 * branch is needed and the test that holds both browsers to it. Firefox facts were read in Firefox
 * 153 ESR's own extension code and checked with a probe add-on; Chrome's are from its docs.
 *
 * - Notification buttons (the flag below): Chrome shows them. Firefox throws on the `buttons`
 *   option ('Property "buttons" is unsupported by Firefox'), which would lose the reminder.
 *   background/reminders.test.ts.
 * - Alarms: Chrome usually keeps a packed extension's alarms across browser restarts (not
 *   guaranteed), and fires them 30 s after being set at the earliest. Firefox keeps them in memory
 *   only (all gone at shutdown), fires them on time, and counts the delay in 32-bit milliseconds, so one set more than ~49.7 days
 *   ahead fires early. No branch: alarms are derived state, rebuilt at every start and on every
 *   alarm, and a reminder fires only when its plan says it is due; the one short alarm (a retry)
 *   is a minute. background/browser-differences.test.ts.
 * - Background lifecycle: Chrome runs a service worker; Firefox an event page (`background.scripts`,
 *   with a DOM). Both unload it after 30 s idle and hand the waking event only to listeners
 *   registered in the first turn; at browser start Firefox starts the event page only if
 *   runtime.onStartup has a listener. No branch: background/index.ts registers every listener at
 *   once, onStartup included, and keeps nothing in memory that storage does not hold.
 *   background/index.test.ts, background/browser-differences.test.ts.
 * - storage.session: both have it (Chrome 102+, Firefox 115+, older than the minimum versions),
 *   and both empty it when the extension is installed, updated, reloaded or turned off and at
 *   browser start. The extension keeps one flag there (background/inject-open-tabs.ts); what it
 *   must not lose lives in storage.local.
 * - Open mail tabs across an update, a reload or turning the extension off and on: Chrome runs no
 *   new content script in them and leaves the old one running with its extension gone
 *   (`runtime.id` undefined, every extension call throwing "Extension context invalidated.").
 *   Firefox unloads the old script's code but leaves its elements in the page (Firefox 153: two
 *   tag bars without the cleanup below). No branch: the background runs the content scripts in
 *   open tabs at the first start of each instance (a copy that finds one running in its world
 *   does not start), and a new copy asks older ones to step down and removes what they left
 *   (content/handover.ts). test/e2e/extension-update.test.ts, test/firefox/update.test.ts.
 * - Storage quotas: storage.sync has the same limits in both, counted the same way (8,192 bytes an
 *   item: the key plus the value's JSON, in UTF-8). storage.local is 10 MB in Chrome and unbounded
 *   in Firefox. Both browsers' quota errors say "quota". storage/quota.test.ts.
 */
export interface BrowserFeatures {
  /** Chrome's notifications take action buttons; Firefox refuses a notification that has any. */
  notificationButtons: boolean;
}

/** The slice of the browser this reads; the real one in the extension. */
export interface BrowserSurface {
  runtime: { getBrowserInfo?: unknown };
}

export function detectFeatures(
  surface: BrowserSurface = browser as unknown as BrowserSurface,
): BrowserFeatures {
  // runtime.getBrowserInfo exists in Firefox only. Buttons cannot be feature-tested without
  // creating a notification, so the API only Firefox has stands for "a browser without them".
  const firefox = typeof surface.runtime.getBrowserInfo === 'function';
  return { notificationButtons: !firefox };
}
