import type { Provider } from '../../core/sites';
import type { ThreadMessage } from '../../core/thread-facts';

export type { ThreadMessage };

export interface ThreadSnapshot {
  id: string;
  subject: string;
  url: string;
  messages: ThreadMessage[];
  subjectElement: HTMLElement;
  /** The thread's own UI (the tag button) goes right after this: below the subject line. */
  barAnchor: HTMLElement;
}

/** One row of the message list as the page shows it. */
export interface ListRowView {
  threadId: string;
  /** Texts that may hold the date of the thread's newest message: a title first, then the text. */
  dateTexts: string[];
  /** The time the id of the thread's newest message carries, epoch ms, on sites whose ids hold it. */
  idTime?: number;
  /** Asked only of rows not seen before: on some sites it reads the computed style. */
  unread(): boolean;
}

/** A compose window found on the page, with the handles the panel needs. */
export interface ComposeWindow {
  /** The element whose lifetime is the compose's: the panel lives and dies with it. */
  root: HTMLElement;
  /** The editable body, or null when the page's structure changed and it cannot be found. */
  body(): HTMLElement | null;
  /** The subject field when the user can see it (hidden in replies: filling it would break the thread). */
  visibleSubject(): HTMLInputElement | null;
  /** Addresses in To/Cc. */
  recipients(): string[];
  /** The thread this compose replies in, if the page says. */
  threadId(): string | null;
  /** Send buttons (send, send-and-archive), for send detection. */
  isSendButton(target: Element): boolean;
  /** The compose's Send button, or null when no signal finds it (sending then goes unnoticed). */
  sendButton(): HTMLElement | null;
  /** The address this compose sends from, when the page shows it: one signal of who the user is. */
  from(): string | null;
  /** Quoted text of a reply, which insertion must stay above. */
  quote(): HTMLElement | null;
  /** The mail site's own signature in the body, which insertion must stay above too. */
  signature(): HTMLElement | null;
  /** The element the panel is docked beside. */
  dock(): HTMLElement;
  /**
   * Runs after each insertion into the body, for a site that needs more than the browser's
   * editing events to notice it (Gmail saves drafts on key events only). Most need nothing.
   */
  afterInsert?(body: HTMLElement): void;
}

/**
 * Everything a content script knows about one webmail site. All selectors of a site live in its
 * adapter, so a redesign is a one-file change.
 */
export interface MailHost {
  provider: Provider;
  /** Cheap filter for an added node: might it be, or contain, a compose? Runs per mutation. */
  mayContainCompose(node: Element): boolean;
  /** Cheap filter for an added node: might it change the open thread (subject, messages)? */
  mayChangeThread(node: Element): boolean;
  /** Cheap filter for an added node: might it be, or hold, a row of the message list? */
  mayChangeList(node: Element): boolean;
  /** The rows of the message list on show (not the views the site keeps hidden), in order. */
  listRows(doc: Document): ListRowView[];
  /** Compose roots at or below `scope`, `scope` included. */
  findComposes(scope: ParentNode): HTMLElement[];
  compose(root: HTMLElement): ComposeWindow;
  /** The open thread, or null when none is open. */
  thread(doc: Document): ThreadSnapshot | null;
  /**
   * When the page shows a thread's messages but `thread()` cannot read it (no subject header, no
   * id: the site's structure changed), the first message, before which the extension says so;
   * otherwise null.
   */
  unreadableThread(doc: Document): HTMLElement | null;
  /**
   * The signed-in user's address, to tell the user's messages from the employer's: the first of
   * several signals that answers (account button, page title, a compose's From...), null when none
   * does. Never a guess such as "the last sender".
   */
  userEmail(doc: Document): string | null;
  /**
   * The signed-in user's display name as the page shows it (account button, the user's own
   * messages...), for `{myName}`; null when no signal shows it. Never a guess.
   */
  userName(doc: Document): string | null;
  /**
   * For "Copy diagnostics": which signal of each chain answered on this page, and counts. Signal
   * names and numbers only, never mail text, names or addresses: the user pastes it in a bug report.
   */
  diagnose(doc: Document): Diagnostics;
}

/** A fact's chain name ("thread.subject") to the signal that answered ("h2.hP", "none") or a count. */
export type Diagnostics = Record<string, string | number>;
