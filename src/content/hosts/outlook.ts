import type { ComposeWindow, MailHost, ThreadMessage, ThreadSnapshot } from './mail-host';
import { anyLabel } from './outlook-labels';
import { all, findRoots, first, isVisible, matchesOrContains, signalOf } from './query';

/**
 * Outlook on the web's selectors, from webmail-dom.md. Its class names are build hashes that
 * change every release, so only roles, ARIA, ids and data-* attributes appear here.
 */
const S = {
  /** A compose body; a received message's body is neither a textbox nor editable. */
  body: ['[role=textbox][contenteditable="true"][aria-multiline="true"]'],
  /** The element whose lifetime is the compose's, per kind (inline and new mail, full page, pop-out). */
  composeRoot: [
    '[id^="docking_InitVisiblePart"]',
    '[data-app-section="Form_Content"]',
    '[data-app-section*="Compose" i]',
    '[role=dialog]',
  ],
  subject: [
    anyLabel('subject', 'input[aria-label="$"]'),
    anyLabel('subject', 'input[placeholder="$"]'),
  ],
  send: [
    anyLabel('send', 'button[aria-label="$"]'),
    anyLabel('commandBar', '[aria-label="$"] button[name="Send"]'),
    'button[name="Send"]',
    anyLabel('send', 'button[title="$"]'),
  ],
  recipientFields: ['[contenteditable="true"]:not([aria-multiline="true"])'],
  quote: ['#appendonsend', '#divRplyFwdMsg'],
  /** Outlook's signature block (a quoted message's own arrives as #x_Signature, not matched). */
  signature: ['#Signature'],
  conversation: [
    '#ConversationReadingPaneContainer',
    '[data-app-section="ConversationContainer"]',
    '#ItemReadingPaneContainer',
  ],
  subjectHeading: ['[role=heading]'],
  selectedConversation: ['[data-convid][aria-selected="true"]'],
  message: [anyLabel('message', '[aria-label="$"]')],
  sender: [anyLabel('from', '[aria-label^="$"][title*="@"]'), '[title*="@"]'],
  date: ['[id$="_DATETIME"][title]'],
  text: ['[role=document]'],
  account: ['#O365_MainLink_Me[aria-label*="@"]', '[role=treeitem][aria-level="1"][title*="@"]'],
} as const;

/** What finds a compose: its body, or (when the body cannot be found) its own container. */
const COMPOSE_ANCHORS = [...S.body, ...S.composeRoot].join(',');

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
// Anything that could hold a compose is one of its anchors: the cheap filter is the same list.
const COMPOSE_HINT = COMPOSE_ANCHORS;
const THREAD_HINT = [...S.conversation, ...S.subjectHeading, ...S.message].join(',');

function composeRootOf(anchor: HTMLElement): HTMLElement {
  for (const selector of S.composeRoot) {
    const root = anchor.closest<HTMLElement>(selector);
    if (root) return root;
  }
  // An unknown container: the nearest ancestor that also holds a Send button.
  const send = S.send.join(',');
  let current = anchor.parentElement;
  while (current && !current.querySelector(send)) current = current.parentElement;
  return current ?? anchor;
}

/** The open conversation's id: the selected list row (the list stays mounted), else the address. */
function conversationId(doc: Document): string | null {
  const row = first(doc, S.selectedConversation)?.getAttribute('data-convid');
  if (row) return row;
  const fromPath = /\/id\/([^/?#]+)/.exec(doc.location.pathname)?.[1];
  return fromPath ? decodeURIComponent(fromPath) : null;
}

function outlookCompose(root: HTMLElement): ComposeWindow {
  const doc = root.ownerDocument;
  return {
    root,
    body: () => first(root, S.body),
    visibleSubject: () => {
      const input = first<HTMLInputElement>(root, S.subject);
      return input && isVisible(input) ? input : null;
    },
    recipients: () =>
      all(root, S.recipientFields).flatMap((field) =>
        [field, ...field.querySelectorAll('[title]')]
          .map(
            (element) =>
              EMAIL.exec(
                `${element.getAttribute('title') ?? ''} ${element.textContent ?? ''}`,
              )?.[0],
          )
          .filter((address): address is string => !!address),
      ),
    threadId: () => {
      // A reply inside the reading pane belongs to the open conversation; a pop-out says in its URL.
      if (root.closest(S.conversation.join(','))) return conversationId(doc);
      return new URLSearchParams(doc.location.search).get('conv');
    },
    isSendButton: (target) => {
      const button = target.closest('button');
      return (
        !!button && root.contains(button) && S.send.some((selector) => button.matches(selector))
      );
    },
    sendButton: () => first(root, S.send),
    from: () => null,
    quote: () => first(root, S.quote),
    signature: () => first(root, S.signature),
    dock: () => root,
  };
}

/** A conversation's messages without the subject heading or the id that thread() needs. */
function unreadableThread(doc: Document): HTMLElement | null {
  const pane = first(doc, S.conversation);
  const message = pane && first(pane, S.message);
  if (!pane || !message) return null;
  return first(pane, S.subjectHeading) && conversationId(doc) ? null : message;
}

function readMessage(message: HTMLElement): ThreadMessage {
  const sender = first(message, S.sender);
  const label = sender?.getAttribute('aria-label') ?? '';
  const email = sender?.getAttribute('title') ?? EMAIL.exec(label)?.[0] ?? '';
  // "From: Dana Whitaker <dana.whitaker@acme.com>": after the label's colon, before the last <…>.
  // Greedy, so a name that itself holds "<" (hostile or not) is kept whole.
  const name =
    /^[^:]*:\s*(.*?)\s*<[^<>]*>\s*$/.exec(label)?.[1] ??
    sender?.textContent?.replace(EMAIL, '').replace(/<>/g, '').trim() ??
    '';
  return {
    senderName: name,
    senderEmail: email,
    dateText: first(message, S.date)?.getAttribute('title') ?? '',
    text: first(message, S.text)?.innerText ?? '',
  };
}

export const outlook: MailHost = {
  provider: 'outlook',
  mayContainCompose: (node) => matchesOrContains(node, COMPOSE_HINT),
  mayChangeThread: (node) => matchesOrContains(node, THREAD_HINT),
  findComposes: (scope) => findRoots(scope, COMPOSE_ANCHORS, composeRootOf),
  compose: outlookCompose,
  thread: (doc): ThreadSnapshot | null => {
    const pane = first(doc, S.conversation);
    const heading = pane && first(pane, S.subjectHeading);
    if (!pane || !heading) return null;
    return {
      id: conversationId(doc) ?? '',
      subject: heading.textContent?.trim() ?? '',
      url: doc.location.href,
      messages: all(pane, S.message).map(readMessage),
      subjectElement: heading,
      barAnchor: heading,
    };
  },
  unreadableThread,
  userEmail: (doc) => {
    const account = first(doc, S.account);
    const text = `${account?.getAttribute('aria-label') ?? ''} ${account?.getAttribute('title') ?? ''}`;
    return EMAIL.exec(text)?.[0] ?? null;
  },
  diagnose: (doc) => {
    const pane = first(doc, S.conversation);
    return {
      site: 'outlook',
      language: doc.documentElement.lang || 'unknown',
      user: first(doc, S.account) ? signalOf(doc, S.account) : 'none',
      'thread.pane': signalOf(doc, S.conversation),
      'thread.messages': pane ? all(pane, S.message).length : 0,
    };
  },
};
