import type { MailHost } from './hosts/mail-host';

export interface PageEvents {
  /** Asked before each batch of changes: false once the script has stepped down. */
  stillRunning(): boolean;
  composeAdded(root: HTMLElement): void;
  composeRemoved(root: HTMLElement): void;
  threadMaybeChanged(): void;
  /** Cheap, once per batch of removals: has the thread's own UI lost its place in the page? */
  threadUiDetached(): boolean;
  /**
   * Rows of the message list were added: called within the mutation callback at most once per
   * LIST_WAIT_MS, once more after a quiet spell, and at start.
   */
  listMaybeChanged(): void;
}

/**
 * How long list changes gather before the list is read again: a busy inbox re-renders rows many
 * times a second, and a reply noticed a second later is soon enough.
 */
export const LIST_WAIT_MS = 1_000;

/** How many frames a compose-like node that has no body yet is looked at again. */
const RECHECK_FRAMES = 10;

/**
 * One MutationObserver for the whole page. Webmail pages mutate thousands of nodes a second, so
 * each added node gets a few native selector tests and nothing else; anything heavier is deferred
 * to at most once per frame (the list: once per LIST_WAIT_MS).
 */
export function watchPage(host: MailHost, doc: Document, events: PageEvents): () => void {
  const composes = new Set<HTMLElement>();
  const recheck = new Map<Element, number>();
  let threadCheck = 0;
  let recheckFrame = 0;
  let listReadAt = Number.NEGATIVE_INFINITY;
  let listTimer: ReturnType<typeof setTimeout> | undefined;

  // Read in the mutation callback itself, not in a task of its own: on a busy inbox that costs no
  // extra call into the script. The timer is the look after a quiet spell (rows added within the
  // wait, a row the site fills in after adding it); each read pushes it back, so while the page
  // keeps changing it never fires.
  const readList = () => {
    clearTimeout(listTimer);
    listReadAt = Date.now();
    listTimer = setTimeout(() => {
      listTimer = undefined;
      listReadAt = Date.now();
      if (events.stillRunning()) events.listMaybeChanged();
    }, 2 * LIST_WAIT_MS);
    events.listMaybeChanged();
  };

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
    if (!events.stillRunning()) return;
    let removed = false;
    let thread = false;
    // Rows are looked for only once the wait is over: until then, no filter runs for them.
    let list = Date.now() - listReadAt < LIST_WAIT_MS;
    const listWaiting = list;
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
        if (!list && host.mayChangeList(node)) list = true;
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
    // Last: whatever the list does, composes and the thread are seen to first.
    if (list && !listWaiting) readList();
  };

  const observer = new MutationObserver(onMutations);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan(doc);
  events.threadMaybeChanged();
  readList();
  return () => {
    observer.disconnect();
    clearTimeout(listTimer);
    cancelAnimationFrame(threadCheck);
    cancelAnimationFrame(recheckFrame);
  };
}
