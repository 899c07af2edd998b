import { render } from 'preact';
import type { MailHost, ThreadSnapshot } from '../hosts/mail-host';
import { createShadowHost, type ShadowHost } from '../shadow-host';
import { ThreadBar } from './thread-bar';
import { UnreadableNotice } from './unreadable-notice';
import formCss from '../../ui/interview-form.css?inline';
import problemCss from '../diagnostics/page-problem.css?inline';
import threadCss from './thread.css?inline';

/** The shadow root's styles: the shared form's layout, the thread bar's own, its notices. */
const css = formCss + threadCss + problemCss;

export const THREAD_TAG = 'interview-follow-up-thread';

/**
 * Webmail renders a thread in steps (messages, then the header, or the other way round): only a
 * thread still unreadable this much later is called unreadable, so a normal load never flashes it.
 */
export const NOTICE_DELAY_MS = 1_000;

/** What sits beside the open thread, and the page element whose presence keeps it valid. */
type Shown =
  | { kind: 'bar'; id: string; anchor: HTMLElement; shadow: ShadowHost }
  | { kind: 'notice'; anchor: HTMLElement; shadow: ShadowHost };

export interface ThreadWatcher {
  /** Reads the page again: mounts, redraws or removes the bar or the notice. */
  check(): void;
  /** Cheap, for every batch of removals: has what is shown lost its place in the page? */
  detached(): boolean;
  /**
   * Takes the bar or the notice out of the page for good (the script steps down); a bar whose
   * form is open goes once the user closes the form.
   */
  dispose(): void;
}

/**
 * Keeps one thread bar (the tag button) beside the open thread's subject, or a notice where the
 * page shows a thread the adapter cannot read. Webmail apps swap the thread view without a page
 * load, so this runs whenever the page watcher sees the thread change.
 */
export function watchThread(host: MailHost, doc: Document): ThreadWatcher {
  let shown: Shown | undefined;
  const diagnose = () => host.diagnose(doc);
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  const unmount = () => {
    if (!shown) return;
    render(null, shown.shadow.container);
    shown.shadow.remove();
    shown = undefined;
  };

  const cancelNotice = () => {
    clearTimeout(noticeTimer);
    noticeTimer = undefined;
  };

  const isCurrent = (anchor: HTMLElement) =>
    shown?.anchor === anchor && shown.shadow.host.isConnected;

  const mountBar = (thread: ThreadSnapshot) => {
    const shadow = createShadowHost(THREAD_TAG, css, doc);
    thread.barAnchor.after(shadow.host);
    // Line the bar up with the subject text (mail sites indent it); one layout read per thread.
    const indent =
      thread.subjectElement.getBoundingClientRect().left - shadow.host.getBoundingClientRect().left;
    if (indent > 0) shadow.host.style.marginInlineStart = `${Math.round(indent)}px`;
    shown = { kind: 'bar', id: thread.id, anchor: thread.subjectElement, shadow };
    draw(thread);
  };

  // Rendering again with a fresh snapshot lets the bar notice new messages (a reply).
  const draw = (thread: ThreadSnapshot) => {
    if (!shown) return;
    render(
      <ThreadBar
        provider={host.provider}
        thread={thread}
        userEmail={host.userEmail(doc)}
        userName={host.userName(doc)}
        diagnose={diagnose}
      />,
      shown.shadow.container,
    );
  };

  /** The first message of a thread shown but not readable (no header, no id); else null. */
  const unreadable = (thread: ThreadSnapshot | null) =>
    thread?.id ? null : host.unreadableThread(doc);

  const mountNotice = () => {
    noticeTimer = undefined;
    const anchor = unreadable(host.thread(doc));
    if (!anchor) return;
    unmount();
    const shadow = createShadowHost(THREAD_TAG, css, doc);
    anchor.before(shadow.host);
    shown = { kind: 'notice', anchor, shadow };
    render(<UnreadableNotice diagnose={diagnose} />, shadow.container);
  };

  return {
    check: () => {
      const thread = host.thread(doc);
      if (thread?.id) {
        cancelNotice();
        if (shown?.kind === 'bar' && shown.id === thread.id && isCurrent(thread.subjectElement)) {
          draw(thread);
          return;
        }
        unmount();
        mountBar(thread);
        return;
      }
      const anchor = unreadable(thread);
      if (shown?.kind === 'notice' && anchor && isCurrent(anchor)) return;
      // A bar whose header went away is stale at once; the notice waits to be sure.
      unmount();
      if (!anchor) cancelNotice();
      else noticeTimer ??= setTimeout(mountNotice, NOTICE_DELAY_MS);
    },
    detached: () => !!shown && !(shown.anchor.isConnected && shown.shadow.host.isConnected),
    dispose: () => {
      cancelNotice();
      // A form the user is filling in stays until they close it: what they typed is not taken
      // away in silence, and saving says the extension was updated (its runtime is gone).
      const form = shown?.shadow.container.querySelector('[role=dialog]');
      if (!shown || !form) return unmount();
      const closed = new MutationObserver(() => {
        if (form.isConnected) return;
        closed.disconnect();
        unmount();
      });
      closed.observe(shown.shadow.container, { childList: true, subtree: true });
    },
  };
}
