import { isOrphaned } from '../messaging/extension-gone';
import { isPanelCollapsed } from '../storage/ui-prefs';
import { t } from '../ui/i18n';
import { onTakeover } from './handover';
import type { MailHost } from './hosts/mail-host';
import { insertDueTarget } from './insert-due-target';
import { mountPanel, type MountedPanel, type PanelPrefs } from './panel/mount-panel';
import { watchListReplies } from './list-replies';
import { listenToBackground } from './tab-messages';
import { showsThread } from './thread/shows-thread';
import { watchThread } from './thread/watch-thread';
import { watchPage } from './watch-page';

/**
 * Wires one mail site: a panel beside every compose, the tag button on every thread. Resolves to
 * the function that takes it all out of the page again, which it also calls itself once its
 * extension is gone (see handover.ts): when a newer copy takes over, or at the page watcher's
 * next heartbeat, whichever comes first.
 */
export async function start(host: MailHost, doc: Document): Promise<() => void> {
  // Looked up while the extension is still there: an orphaned copy can only repeat known text.
  t('extensionUpdated');
  const prefs: PanelPrefs = { collapsed: await isPanelCollapsed().catch(() => false) };
  // Gone while the preference was read: nothing to start.
  if (isOrphaned()) return () => undefined;
  // In the order the composes appeared: the keyboard command falls back to the newest.
  const panels = new Map<HTMLElement, MountedPanel>();
  const thread = watchThread(host, doc);
  const stops: (() => void)[] = [];
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    for (const cleanup of stops) cleanup();
    for (const panel of panels.values()) panel.dispose();
    panels.clear();
    thread.dispose();
  };
  stops.push(
    onTakeover(doc, stop),
    watchPage(host, doc, {
      stillRunning: () => {
        if (running && isOrphaned()) stop();
        return running;
      },
      composeAdded: (root) => {
        try {
          panels.set(root, mountPanel(host, root, prefs));
        } catch (error) {
          // One broken compose must not stop the others: say so and go on.
          console.warn('Interview follow-up: could not add the panel to a compose', error);
        }
      },
      composeRemoved: (root) => {
        panels.get(root)?.dispose();
        panels.delete(root);
      },
      threadMaybeChanged: thread.check,
      threadUiDetached: thread.detached,
      listMaybeChanged: watchListReplies(host, doc),
    }),
    listenToBackground({
      'compose/insert-due': async () => {
        const target = insertDueTarget([...panels.keys()], doc.activeElement);
        if ('problem' in target) return { inserted: false, problem: target.problem };
        const insertDue = panels.get(target.root)?.controls.insertDue;
        return insertDue ? insertDue() : { inserted: false, problem: 'noCompose' };
      },
      'thread/shows': async (asked) => showsThread(host, doc, asked),
    }),
  );
  return stop;
}
