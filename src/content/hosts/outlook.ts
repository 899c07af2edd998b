import type {
  ComposeWindow,
  Diagnostics,
  ListRowView,
  MailHost,
  ThreadSnapshot,
} from './mail-host';
import { ownName } from '../../core/thread-facts';
import { anyLabel, labelsOf } from './outlook-labels';
import {
  findMessages,
  MESSAGE_BODY,
  messageSignals,
  readMessage,
  readSender,
} from './outlook-messages';
import {
  all,
  EMAIL,
  emailIn,
  findRoots,
  first,
  firstReading,
  isBold,
  isVisible,
  matchesAny,
  matchesOrContains,
  nameBesideAddress,
  nameInAccountLabel,
  personName,
  signalOf,
  type Reader,
} from './query';

/** The reading pane's section, which a new mail also fills: a pane only while it shows a message. */
const READ_COMPOSE = '[data-app-section="MailReadCompose"]';

/**
 * Outlook on the web's selectors; docs/webmail-dom.md gives each one's source and test, and must
 * name every selector here and in outlook-messages.ts (test/unit/webmail-doc.test.ts). Its class
 * names are build hashes that change every release, so only roles, ARIA, ids, data-* attributes and
 * Fluent UI's readable classes (`ms-Button--primary`) appear here. Labels are translated, in some
 * hundred languages: every chain tries what does not depend on the language first and labels last.
 */
const S = {
  /** A compose body; a received message's body is neither a textbox nor editable. */
  body: ['[role=textbox][contenteditable="true"][aria-multiline="true"]'],
  /** The element whose lifetime is the compose's, per kind (inline and new mail, full page, pop-out). */
  composeRoot: [
    '[id^="docking_InitVisiblePart"]',
    '[data-app-section="Form_Content"]',
    // Not the reading pane's section: it is there (and named "...Compose") whether or not a
    // compose is open, as the 2025 capture shows.
    `[data-app-section*="Compose" i]:not(${READ_COMPOSE})`,
    '[role=dialog]',
  ],
  subject: [
    anyLabel('subject', 'input[aria-label="$"]'),
    anyLabel('subject', 'input[placeholder="$"]'),
  ],
  /**
   * The Send button: a real compose's id (`splitButton-…__primaryActionButton`, webmail-dom.md),
   * the classic bar's `name` (toggl's selector; untranslated is a guess), the compose's one Fluent
   * primary button (the arrow beside it opens a menu; guess), Fluent 9's split button (the 2025
   * ribbon's class; that Send is one is a guess); then the translated label and tooltip.
   */
  send: [
    'button[id$="__primaryActionButton"]',
    'button[id*="primaryActionButton"]',
    'button[name="Send"]',
    'button.ms-Button--primary:not([aria-haspopup])',
    'button.fui-SplitButton__primaryActionButton',
    anyLabel('send', 'button[aria-label="$"]'),
    anyLabel('send', 'button[title="$"]'),
  ],
  recipientFields: ['[contenteditable="true"]:not([aria-multiline="true"])'],
  quote: ['#appendonsend', '#divRplyFwdMsg'],
  /** Outlook's signature block (a quoted message's own arrives as #x_Signature, not matched). */
  signature: ['#Signature'],
  /** The reading pane; the last is the 2025 single-message pane (`role=main`, capture). */
  conversation: [
    '#ConversationReadingPaneContainer',
    '[data-app-section="ConversationContainer"]',
    '#ItemReadingPaneContainer',
    READ_COMPOSE,
  ],
  subjectHeading: ['[role=heading]'],
  selectedConversation: ['[data-convid][aria-selected="true"]'],
  /**
   * Message list rows: the list on show (`#MailList`), else any row with a conversation id
   * (Outlook keeps hidden lists mounted: those rows are read too, and only cost time).
   */
  listRow: ['#MailList [data-convid]', '[data-convid]'],
  /** The row's date: its last titled element, whose title is the full date (2025 rows: a guess). */
  rowDate: ['[title]'],
  /**
   * Unread: drawn bold (no attribute says it, in any capture), else the translated label that
   * starts the row's aria-label ("Unread Dana Whitaker ...").
   */
  rowUnreadLabel: [anyLabel('unread', '[aria-label^="$"]')],
  /**
   * The account button, whose label or title names the user in their language ("Account manager
   * for Alex Morgan"): Microsoft 365's me control, the older header's, then any button so labelled.
   */
  account: [
    '#mectrl_headerPicture',
    '#O365_MainLink_Me',
    anyLabel('accountManager', 'button[aria-label^="$"]'),
  ],
} as const;

/** Send buttons by their translated label: a click on one is a send whatever the chain found. */
const SEND_LABELS = S.send.slice(-2);

/** A text input the user types into (the subject), not a recipient picker's. */
const TEXT_INPUT = 'input:not([type]),input[type=text]';
const PICKER_INPUT = '[role=combobox],[aria-autocomplete],[aria-haspopup=listbox]';

/**
 * What finds a compose: its body, or (when the body cannot be found) its own container. A dialog
 * is a compose's root only around a body: on its own it is any dialog (the account card).
 */
const COMPOSE_ANCHORS = [
  ...S.body,
  ...S.composeRoot.filter((root) => root !== '[role=dialog]'),
].join(',');

// Anything that could hold a compose is one of its anchors: the cheap filter is the same list.
const COMPOSE_HINT = COMPOSE_ANCHORS;
// One selector list, one native test per added node: a message is found by its label or its body.
const LIST_HINT = '[data-convid]';
const THREAD_HINT = [
  ...S.conversation,
  ...S.subjectHeading,
  anyLabel('message', '[aria-label="$"]'),
  MESSAGE_BODY[0],
].join(',');

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

const shown = <E extends HTMLElement>(element: E | null | undefined): E | null =>
  element && isVisible(element) ? element : null;

/** The subject: the compose's one visible text input that is no recipient field, else its label. */
function subjectReaders(root: HTMLElement): Reader<HTMLInputElement>[] {
  return [
    [
      'only text input',
      () => {
        const inputs = [...root.querySelectorAll<HTMLInputElement>(TEXT_INPUT)].filter(
          (input) =>
            isVisible(input) &&
            !input.matches(PICKER_INPUT) &&
            !input.closest('[contenteditable="true"]'),
        );
        return inputs.length === 1 ? inputs[0] : null;
      },
    ],
    ['label', () => shown(first<HTMLInputElement>(root, S.subject))],
  ];
}

/**
 * The From field: the first text holding an address above the compose's first recipient field
 * (the From row comes before To, in every language), with the name beside it when it shows one.
 * An inline reply shows none.
 */
function fromReaders(root: HTMLElement): Reader<string>[] {
  return [
    [
      'text before To',
      () => {
        const to = first(root, S.recipientFields);
        if (!to) return null;
        // Text node by text node: the row's "From" button and the address are neighbours.
        const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (to.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) return null;
          if (emailIn(node.nodeValue)) return node.nodeValue;
        }
        return null;
      },
    ],
  ];
}

function outlookCompose(root: HTMLElement): ComposeWindow {
  const doc = root.ownerDocument;
  const sendButton = () => first(root, S.send);
  return {
    root,
    body: () => first(root, S.body),
    visibleSubject: () => firstReading(subjectReaders(root))?.value ?? null,
    recipients: () => [
      ...new Set(
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
      ),
    ],
    threadId: () => {
      // A reply inside the reading pane belongs to the open conversation; a pop-out says in its URL.
      if (root.closest(S.conversation.join(','))) return conversationId(doc);
      return new URLSearchParams(doc.location.search).get('conv');
    },
    isSendButton: (target) => {
      const button = target.closest('button');
      return (
        !!button &&
        root.contains(button) &&
        (button === sendButton() || matchesAny(button, SEND_LABELS))
      );
    },
    sendButton,
    from: () => emailIn(firstReading(fromReaders(root))?.value),
    quote: () => first(root, S.quote),
    signature: () => first(root, S.signature),
    dock: () => root,
  };
}

function listRows(doc: Document): ListRowView[] {
  return all(doc, S.listRow).flatMap((row) => {
    const threadId = row.getAttribute('data-convid');
    if (!threadId) return [];
    const date = all(row, S.rowDate).pop();
    return [
      {
        threadId,
        dateTexts: [date?.getAttribute('title'), date?.textContent?.trim()].filter(
          (text): text is string => !!text,
        ),
        unread: () => isBold(date ?? null) || matchesAny(row, S.rowUnreadLabel),
      },
    ];
  });
}

/** A conversation's messages without the subject heading or the id that thread() needs. */
function unreadableThread(doc: Document): HTMLElement | null {
  const pane = first(doc, S.conversation);
  const message = pane && findMessages(pane).items[0];
  if (!pane || !message) return null;
  return first(pane, S.subjectHeading) && conversationId(doc) ? null : message;
}

/**
 * Who the user is, from every signal the page may have: the primary mailbox's root in the folder
 * tree (its id is the same in every language; the 2025 capture shows the address on it), the
 * account button (Microsoft 365 names the address there), the account card once opened, the
 * folder tree's first level, the page title, a compose's From.
 */
function userReaders(doc: Document): Reader<string>[] {
  const attribute = (selector: string, name: string) => () =>
    emailIn(first(doc, [selector])?.getAttribute(name));
  return [
    ['[id^=primaryMailboxRoot_] title', attribute('[id^="primaryMailboxRoot_"]', 'title')],
    [
      '[id^=primaryMailboxRoot_] data-folder-name',
      attribute('[id^="primaryMailboxRoot_"]', 'data-folder-name'),
    ],
    ['account button', attribute('#O365_MainLink_Me', 'aria-label')],
    ['account card', () => emailIn(first(doc, ['#mectrl_currentAccount_secondary'])?.textContent)],
    ['folder tree root', attribute('[role=treeitem][aria-level="1"][title*="@"]', 'title')],
    ['page title', () => emailIn(doc.title)],
    [
      'compose from',
      () =>
        outlook
          .findComposes(doc)
          .map((root) => outlook.compose(root).from())
          .find(Boolean),
    ],
  ];
}

/**
 * The user's display name, for `{myName}`: the account card's first line once opened, the sender
 * name on the user's own messages in the open conversation (by the address userReaders finds),
 * an open compose's From when it shows a name beside the address (all of them the same in every
 * language), and last the account button's label in the languages the label table knows.
 */
function nameReaders(doc: Document): Reader<string>[] {
  const leads = labelsOf('accountManager');
  return [
    ['account card', () => personName(first(doc, ['#mectrl_currentAccount_primary'])?.textContent)],
    [
      'own message',
      () => {
        const user = outlook.userEmail(doc);
        const pane = first(doc, S.conversation);
        if (!user || !pane) return null;
        const senders = findMessages(pane).items.map(readSender);
        return personName(
          ownName(
            senders.map(({ name, email }) => ({ senderName: name, senderEmail: email })),
            [user],
          ),
        );
      },
    ],
    [
      'compose from',
      () =>
        outlook
          .findComposes(doc)
          .map((root) => nameBesideAddress(firstReading(fromReaders(root))?.value))
          .find(Boolean),
    ],
    ...S.account.map((selector): Reader<string> => [
      selector,
      () => {
        const button = first(doc, [selector]);
        return (
          nameInAccountLabel(button?.getAttribute('aria-label'), leads) ??
          nameInAccountLabel(button?.getAttribute('title'), leads)
        );
      },
    ]),
  ];
}

function diagnose(doc: Document): Diagnostics {
  const pane = first(doc, S.conversation);
  const messages = pane ? findMessages(pane) : { items: [], signal: 'none' };
  const composes = outlook.findComposes(doc);
  const root = composes[0];
  const compose = root && outlook.compose(root);
  return {
    site: 'outlook',
    language: doc.documentElement.lang || 'unknown',
    user: firstReading(userReaders(doc))?.signal ?? 'none',
    'user.name': firstReading(nameReaders(doc))?.signal ?? 'none',
    'thread.pane': signalOf(doc, S.conversation),
    'thread.subject': pane ? signalOf(pane, S.subjectHeading) : 'none',
    'thread.id': first(doc, S.selectedConversation)
      ? 'selected row'
      : conversationId(doc)
        ? 'address'
        : 'none',
    'thread.messages': messages.items.length,
    'thread.messages.signal': messages.signal,
    ...messageSignals(messages.items),
    composes: composes.length,
    ...(root &&
      compose && {
        'compose.body': signalOf(root, S.body),
        'compose.send': signalOf(root, S.send),
        'compose.subject': firstReading(subjectReaders(root))?.signal ?? 'none',
        'compose.recipients': all(root, S.recipientFields).length,
        'compose.from': firstReading(fromReaders(root))?.signal ?? 'none',
      }),
  };
}

export const outlook: MailHost = {
  provider: 'outlook',
  mayContainCompose: (node) => matchesOrContains(node, COMPOSE_HINT),
  mayChangeThread: (node) => matchesOrContains(node, THREAD_HINT),
  mayChangeList: (node) => matchesOrContains(node, LIST_HINT),
  listRows,
  findComposes: (scope) => findRoots(scope, COMPOSE_ANCHORS, composeRootOf),
  compose: outlookCompose,
  thread: (doc): ThreadSnapshot | null => {
    const pane = first(doc, S.conversation);
    const heading = pane && first(pane, S.subjectHeading);
    if (!pane || !heading) return null;
    const { items } = findMessages(pane);
    if (items.length === 0 && pane.matches(READ_COMPOSE)) return null;
    return {
      id: conversationId(doc) ?? '',
      subject: heading.textContent?.trim() ?? '',
      url: doc.location.href,
      messages: items.map(readMessage),
      subjectElement: heading,
      barAnchor: heading,
    };
  },
  unreadableThread,
  userEmail: (doc) => firstReading(userReaders(doc))?.value ?? null,
  userName: (doc) => firstReading(nameReaders(doc))?.value ?? null,
  diagnose,
};
