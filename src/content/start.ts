import { isPanelCollapsed } from '../storage/ui-prefs';
import type { MailHost } from './hosts/mail-host';
import { mountPanel, type MountedPanel, type PanelPrefs } from './panel/mount-panel';
import { listenToBackground } from './tab-messages';
import { showsThread } from './thread/shows-thread';
import { watchThread } from './thread/watch-thread';
import { watchPage } from './watch-page';

/** Wires one mail site: a panel beside every compose, the tag button on every thread. */
export async function start(host: MailHost, doc: Document): Promise<void> {
  const prefs: PanelPrefs = { collapsed: await isPanelCollapsed().catch(() => false) };
  // In the order the composes appeared: the keyboard command falls back to the newest.
  const panels = new Map<HTMLElement, MountedPanel>();
  const thread = watchThread(host, doc);
  watchPage(host, doc, {
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
  });
  listenToBackground({
    'compose/insert-due': async () => {
      const focused = doc.activeElement;
      const entries = [...panels];
      const target =
        entries.find(([root]) => focused && root.contains(focused)) ?? entries[entries.length - 1];
      const insertDue = target?.[1].controls.insertDue;
      return insertDue ? insertDue() : { inserted: false, problem: 'noCompose' };
    },
    'thread/shows': async (asked) => showsThread(host, doc, asked),
  });
}
