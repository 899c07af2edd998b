import { render } from 'preact';
import type { MailHost, ThreadSnapshot } from '../hosts/mail-host';
import { createShadowHost, type ShadowHost } from '../shadow-host';
import { ThreadBar } from './thread-bar';
import css from './thread.css?inline';

export const THREAD_TAG = 'interview-follow-up-thread';

/**
 * Keeps one thread bar (the tag button) beside the open thread's subject. Webmail apps swap the
 * thread view without a page load, so this runs whenever the page watcher sees the thread change.
 */
export function watchThread(host: MailHost, doc: Document): { check(): void } {
  let mounted: { id: string; shadow: ShadowHost; subject: HTMLElement } | undefined;

  const unmount = () => {
    if (!mounted) return;
    render(null, mounted.shadow.container);
    mounted.shadow.remove();
    mounted = undefined;
  };

  const mount = (thread: ThreadSnapshot) => {
    const shadow = createShadowHost(THREAD_TAG, css, doc);
    thread.barAnchor.after(shadow.host);
    // Line the bar up with the subject text (mail sites indent it); one layout read per thread.
    const indent =
      thread.subjectElement.getBoundingClientRect().left - shadow.host.getBoundingClientRect().left;
    if (indent > 0) shadow.host.style.marginInlineStart = `${Math.round(indent)}px`;
    mounted = { id: thread.id, shadow, subject: thread.subjectElement };
    draw(thread);
  };

  // Rendering again with a fresh snapshot lets the bar notice new messages (a reply).
  const draw = (thread: ThreadSnapshot) => {
    if (!mounted) return;
    render(
      <ThreadBar provider={host.provider} thread={thread} userEmail={host.userEmail(doc)} />,
      mounted.shadow.container,
    );
  };

  return {
    check: () => {
      const thread = host.thread(doc);
      if (
        mounted &&
        thread &&
        mounted.id === thread.id &&
        mounted.subject === thread.subjectElement &&
        mounted.shadow.host.isConnected
      ) {
        draw(thread);
        return;
      }
      unmount();
      if (thread?.id) mount(thread);
    },
  };
}
