import type { MailHost } from './hosts/mail-host';

export interface PageEvents {
  /** Asked once a heartbeat: false once the script has stepped down; the watcher then stops. */
  stillRunning(): boolean;
  composeAdded(root: HTMLElement): void;
  composeRemoved(root: HTMLElement): void;
  threadMaybeChanged(): void;
  /** Cheap, once per batch of removals: has the thread's own UI lost its place in the page? */
  threadUiDetached(): boolean;
  /**
   * Rows of the message list were added: called at start, then at the first heartbeat after rows
   * came, and once more at the next (a row the site fills in after adding it).
   */
  listMaybeChanged(): void;
}

/**
 * The watcher's one timer. A busy inbox re-renders rows many times a second and the extension may
 * be updated under the page: both are looked at once a heartbeat, so the mutation callback reads
 * no clock and asks the runtime nothing (each costs on every batch; measured in the bench's busy
 * inbox). A reply noticed, or an orphaned copy stepping down, a second later is soon enough.
 */
export const HEARTBEAT_MS = 1_000;

/** How many frames a compose-like node that has no body yet is looked at again. */
const RECHECK_FRAMES = 10;

/**
 * One MutationObserver for the whole page. Webmail pages mutate thousands of nodes a second, so
 * each added node gets a few native selector tests and nothing else; anything heavier is deferred
 * to at most once per frame (the list: once per heartbeat).
 */
export function watchPage(host: MailHost, doc: Document, events: PageEvents): () => void {
  const composes = new Set<HTMLElement>();
  const recheck = new Map<Element, number>();
  let threadCheck = 0;
  let recheckFrame = 0;
  /** Rows were added since the last heartbeat; `listAgain`: read once more at the next one. */
  let listChanged = false;
  let listAgain = false;

  const scan = (scope: ParentNode): boolean => {
    const found = host.findComposes(scope);
    for (const root of found) {
      if (composes.has(root)) continue;
      composes.add(root);
      events.composeAdded(root);
    }
    return found.length > 0;
  };

  // Gmail inserts a compose before it is complete (gmail.js: `M9` may not be set yet): look again.
  const runRechecks = () => {
    recheckFrame = 0;
    for (const [node, left] of recheck) {
      if (!node.isConnected || scan(node) || left <= 1) recheck.delete(node);
      else recheck.set(node, left - 1);
    }
    if (recheck.size > 0) recheckFrame = requestAnimationFrame(runRechecks);
  };

  const onMutations = (records: MutationRecord[]) => {
    let removed = false;
    let thread = false;
    for (const record of records) {
      if (record.removedNodes.length > 0) removed = true;
      // An indexed loop: iterating a NodeList with for-of is markedly slower from the isolated
      // world, and this runs for every node a busy page adds.
      const added = record.addedNodes;
      for (let index = 0; index < added.length; index++) {
        const node = added[index];
        if (!(node instanceof Element)) continue;
        if (host.mayContainCompose(node) && !scan(node)) recheck.set(node, RECHECK_FRAMES);
        if (!thread && host.mayChangeThread(node)) thread = true;
        // Once rows are known to have come, no filter runs for them until the next heartbeat.
        if (!listChanged && host.mayChangeList(node)) listChanged = true;
      }
    }
    if (removed) {
      for (const root of composes) {
        if (root.isConnected) continue;
        composes.delete(root);
        events.composeRemoved(root);
      }
      // A removed header adds nothing, so the added-node filter above never sees it go.
      if (!thread && events.threadUiDetached()) thread = true;
    }
    if (recheck.size > 0 && !recheckFrame) recheckFrame = requestAnimationFrame(runRechecks);
    if (thread && !threadCheck) {
      threadCheck = requestAnimationFrame(() => {
        threadCheck = 0;
        events.threadMaybeChanged();
      });
    }
  };

  const observer = new MutationObserver(onMutations);
  const stop = () => {
    observer.disconnect();
    clearInterval(heartbeat);
    cancelAnimationFrame(threadCheck);
    cancelAnimationFrame(recheckFrame);
  };
  const heartbeat = setInterval(() => {
    if (!events.stillRunning()) return stop();
    if (!listChanged && !listAgain) return;
    listAgain = listChanged;
    listChanged = false;
    events.listMaybeChanged();
  }, HEARTBEAT_MS);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan(doc);
  events.threadMaybeChanged();
  events.listMaybeChanged();
  return stop;
}
