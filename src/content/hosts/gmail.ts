import type {
  ComposeWindow,
  Diagnostics,
  ListRowView,
  MailHost,
  ThreadMessage,
  ThreadSnapshot,
} from './mail-host';
import {
  all,
  emailIn,
  findRoots,
  first,
  firstReading,
  isBold,
  isVisible,
  matchesAny,
  matchesOrContains,
  nameInAccountLabel,
  signalOf,
  type Reader,
} from './query';
import { legacyThreadId, messageIdTime } from './gmail-ids';

/**
 * Gmail's selectors; docs/webmail-dom.md gives each one's source and test, and must name every
 * selector here (test/unit/webmail-doc.test.ts). Attributes and roles first: class names are
 * obfuscated tokens that are being A/B-tested with hashed suffixes, so every class-based path has
 * an attribute-based fallback and class tests use `[class*=...]`-free exact attributes where possible.
 */
/** Send's tooltip in the languages we know ("Send \u202a(Ctrl-Enter)\u202c"): the last resort. */
const SEND_LABELS = ['Send', 'Enviar', 'Senden', 'Envoyer'];

const S = {
  /** The compose body is the one stable anchor of every compose kind. */
  body: ['[g_editable="true"][contenteditable="true"]', 'div[role=textbox][aria-multiline="true"]'],
  /**
   * From the body outwards: the element whose lifetime is the compose's. The region first: it is
   * there from the start (Gmail adds `M9` a moment later) and goes when the compose closes, also in
   * full screen, where Gmail empties `.aaZ` but keeps the dialog.
   */
  composeRoot: ['[role=region]', '.M9', 'form', '[role=dialog]'],
  /** Every compose has this hidden id: it finds a compose whose body cannot be found. */
  composeId: ['input[name=composeid]'],
  subject: ['input[name=subjectbox]'],
  /** Chips: today's peoplekit options, then the 2020 compose's `div.vR span[email]`. */
  recipients: [
    '[name="to"] [role=option][data-hovercard-id]',
    '[role=option][data-hovercard-id]',
    '.vR span[email]',
    'span[email][data-hovercard-id]',
  ],
  /**
   * What the user is still typing in To, before Gmail turns it into a chip (2020: a textarea). Not
   * the 2020 chips' hidden `input[name=to]` ("Name <address>"): the chips themselves are read.
   */
  recipientInputs: [
    '[name="to"] input[peoplekit-id]',
    'input[name=to]:not([type=hidden])',
    'textarea[name=to]',
  ],
  /** The address a compose sends from: a hidden input, filled when the user has several. */
  from: ['input[name=from]'],
  /** lts holds the legacy (hex) thread id; rt the same thread as `#thread-f:<decimal>`. */
  legacyThreadInput: ['input[name=lts]'],
  threadInput: ['input[name=rt]'],
  /**
   * Language-independent first: Gmail's send class (years old, InboxSDK's), the send row's
   * structure, then the button just before the schedule-send arrow (the one `aria-haspopup` button
   * of the send group, hashed classes or not), then that shape alone (`sendShape`, see findSend).
   */
  send: [
    '[role=button].aoO',
    '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])',
    '[role=group] [role=button]:has(+ [role=button][aria-haspopup="true"])',
  ],
  /**
   * A button, not itself a menu, followed by a menu button: Send and its schedule arrow, wherever
   * the row is. Not in the formatting toolbar, whose Underline comes before the Text color menu.
   */
  sendShape: [
    '[role=button]:not([aria-haspopup="true"]):has(+ [role=button][aria-haspopup="true"])',
  ],
  formattingToolbar: ['[role=toolbar]'],
  /**
   * The tooltip is translated ("Enviar"): last, and Send + Archive's tooltip starts the same
   * ("Enviar y archivar"), so the labelled button just before the arrow comes first.
   */
  sendLabel: [
    ...SEND_LABELS.map(
      (label) =>
        `[role=button][data-tooltip^="${label}"]:has(+ [role=button][aria-haspopup="true"])`,
    ),
    ...SEND_LABELS.map((label) => `[role=button][data-tooltip^="${label}"]`),
  ],
  sendAndArchive: ['.IZ .Up div > div[role=button].Uo'],
  quote: ['.gmail_quote', 'blockquote'],
  /**
   * Marks of one signature, not a fallback chain: the first in the page is the user's own (an
   * earlier message's sits in the quote below). The "-- " line comes first, when Gmail wraps it.
   */
  signature: ['.gmail_signature_prefix', '[data-smartmail="gmail_signature"]', '.gmail_signature'],
  dock: ['[role=dialog]', '.M9'],
  main: ['[role=main]'],
  subjectHeading: ['h2[data-legacy-thread-id]', 'h2.hP', '.ha h2'],
  /**
   * Expanded (`.adn`) and collapsed (`.adf`) messages alike: a collapsed one still shows its sender
   * and date, which reply detection needs (the user's own thank-you is often collapsed).
   */
  message: ['div.adn[data-message-id], div.adf[data-message-id]', '[data-message-id]'],
  sender: ['td.gF span[email]', 'span.gD[email]', 'span[email][name]'],
  date: ['span.g3[title]', 'span[title][alt]'],
  text: ['div.ii.gt .a3s', 'div.a3s', 'div.ii'],
  /**
   * The inbox list: rows `tr.zA` (kept unhashed in the 2026 A/B), else any row holding a thread id;
   * only the list on show, in `[role=main]` (Gmail keeps other views mounted and hidden).
   */
  listRow: ['tr.zA', 'tr:has([data-legacy-thread-id])'],
  /** The subject span: the legacy (hex) id, else `#thread-f:<decimal>`. */
  rowThreadId: ['[data-legacy-thread-id]', '[data-thread-id]'],
  /** Read state classes: when the list has either, `zE` says unread; else the bold subject does. */
  rowReadState: ['tr.zE', 'tr.yO'],
  rowUnread: ['.zE'],
  /**
   * The newest message's legacy id on the subject span, whose time is the row's date in any
   * language; never the last message id, which may be the user's draft.
   */
  rowLastMessage: ['[data-legacy-last-non-draft-message-id]'],
  /** The date cell's span: its title is the full date ("Thu, Dec 3, 2026, 3:42 PM"). */
  rowDate: ['td.xW span[title]', 'td:last-child span[title]'],
  /** The account button: its link is the same in every language; its label holds the address. */
  account: ['a[href*="accounts.google.com/SignOutOptions"]', 'a[aria-label*="@"]'],
} as const;

/** "Inbox (3) - alex@gmail.com - Gmail", in any language: the address is the second-last part. */
const TITLE_ADDRESS = / - ([^\s@]+@[^\s@]+\.[^\s@]+) - [^-]+$/;

/** What finds a compose: its body, or (when the body cannot be found) its own container. */
const COMPOSE_ANCHORS = [...S.body, ...S.composeId].join(',');

const COMPOSE_HINT = [
  '[g_editable]',
  '[contenteditable]',
  'input[name=composeid]',
  '.M9',
  '.An',
  '[role=dialog]',
].join(',');
// Not [data-legacy-thread-id]: every inbox row carries it, and list re-renders would then
// re-read the open thread once a frame (the bench measured 6% of the main thread).
const THREAD_HINT = ['h2', '[data-message-id]'].join(',');
// A row, not what is inside it: a row is added whole when Gmail (re)renders the list.
const LIST_HINT = 'tr.zA,tr[role=row]';

/**
 * Rows added to a list Gmail keeps hidden (the busy inbox renders them all the time) are no reason
 * to read the list on show. Rows come in runs into one container: the walk up to `[role=main]` is
 * made once per container in a row, not once per row.
 */
let lastContainer: Element | null = null;
let lastContainerShown = false;
function mayChangeList(node: Element): boolean {
  if (!matchesOrContains(node, LIST_HINT)) return false;
  const container = node.parentElement;
  if (container !== lastContainer) {
    lastContainer = container;
    lastContainerShown = container?.closest(S.main[0]) != null;
  }
  return lastContainerShown;
}

function composeRootOf(body: HTMLElement): HTMLElement {
  for (const selector of S.composeRoot) {
    const root = body.closest<HTMLElement>(selector);
    if (root) return root;
  }
  return body.parentElement ?? body;
}

/**
 * This compose's Send, and the signal that found it. Between structure and labels: the first
 * button of Send's shape after the body, for today's send row (`table.IZ[role=presentation]`,
 * no group role) with hashed classes in a language whose tooltip we do not know. The bottom bar
 * follows the body in every compose kind, and Send leads it; the tools after it come later.
 */
function findSend(scope: ParentNode): { value: HTMLElement; signal: string } | null {
  const bySelector = (selector: string): Reader<HTMLElement> => [
    selector,
    () => first(scope, [selector]),
  ];
  return firstReading<HTMLElement>([
    ...S.send.map(bySelector),
    [
      'shape after the body',
      () => {
        const body = first(scope, S.body);
        const fits = (button: HTMLElement) =>
          !!body &&
          (body.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) > 0 &&
          !button.closest(S.formattingToolbar[0]);
        return all(scope, S.sendShape).find(fits);
      },
    ],
    ...S.sendLabel.map(bySelector),
  ]);
}

function gmailCompose(root: HTMLElement): ComposeWindow {
  const scope = root.closest<HTMLElement>('form, [role=dialog]') ?? root;
  return {
    root,
    body: () => first(root, S.body),
    visibleSubject: () => {
      const input = first<HTMLInputElement>(scope, S.subject);
      return input && isVisible(input) ? input : null;
    },
    recipients: () => [
      ...new Set(
        [
          ...all(scope, S.recipients).map(
            (chip) => chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email'),
          ),
          ...all<HTMLInputElement | HTMLTextAreaElement>(scope, S.recipientInputs).flatMap(
            (input) => input.value.split(',').map(emailIn),
          ),
        ].filter((address): address is string => !!address?.includes('@')),
      ),
    ],
    threadId: () =>
      first<HTMLInputElement>(scope, S.legacyThreadInput)?.value.trim() ||
      legacyThreadId(first<HTMLInputElement>(scope, S.threadInput)?.value ?? '') ||
      (root.closest('[role=main]') ? currentThreadId(root.ownerDocument) : null),
    isSendButton: (target) => {
      const button = target.closest('[role=button]');
      if (!button) return false;
      // This compose's Send, not any button a fallback of the chain would match (in the 2020
      // send row, every tool before a menu button is followed by an aria-haspopup one). Send +
      // Archive sits just before Send.
      const send = findSend(scope)?.value;
      return (
        (!!send && (button === send || button.nextElementSibling === send)) ||
        matchesAny(button, S.sendAndArchive)
      );
    },
    sendButton: () => findSend(scope)?.value ?? null,
    from: () => emailIn(first<HTMLInputElement>(scope, S.from)?.value),
    quote: () => first(root, S.quote),
    signature: () => root.querySelector<HTMLElement>(S.signature.join(',')),
    dock: () => first(scope, S.dock) ?? root,
    afterInsert: nudgeDraftSave,
  };
}

/** Gmail saves drafts on key events, not on DOM edits: a harmless key pair asks it to save. */
function nudgeDraftSave(body: HTMLElement): void {
  for (const type of ['keydown', 'keyup'] as const) {
    body.dispatchEvent(
      new KeyboardEvent(type, { key: 'Shift', code: 'ShiftLeft', bubbles: true, cancelable: true }),
    );
  }
}

function currentThreadId(doc: Document): string | null {
  const heading = first(doc, S.subjectHeading);
  return heading?.getAttribute('data-legacy-thread-id') || null;
}

/** The open thread's messages without its subject header: the header is what thread() needs. */
function unreadableThread(doc: Document): HTMLElement | null {
  const main = first(doc, S.main) ?? doc.body;
  const message = first(main, S.message);
  return message && !first(main, S.subjectHeading) ? message : null;
}

/** Who the user is, from every signal the page may have: the first that answers wins. */
function userReaders(doc: Document): Reader<string>[] {
  return [
    ['account button', () => emailIn(first(doc, S.account)?.getAttribute('aria-label'))],
    ['page title', () => TITLE_ADDRESS.exec(doc.title)?.[1]],
    [
      'compose from',
      () =>
        all<HTMLInputElement>(doc, S.from)
          .map((input) => emailIn(input.value))
          .find(Boolean),
    ],
  ];
}

function diagnose(doc: Document): Diagnostics {
  const main = first(doc, S.main) ?? doc.body;
  const messages = all(main, S.message);
  const count = (selectors: readonly string[]) =>
    `${messages.filter((message) => first(message, selectors)).length}/${messages.length}`;
  const composes = gmail.findComposes(doc);
  const compose = composes[0];
  return {
    site: 'gmail',
    language: doc.documentElement.lang || 'unknown',
    user: firstReading(userReaders(doc))?.signal ?? 'none',
    'thread.subject': signalOf(main, S.subjectHeading),
    'thread.messages': messages.length,
    'message.sender': count(S.sender),
    'message.date': count(S.date),
    'message.idTime': `${messages.filter((message) => idTimeOf(message) !== undefined).length}/${messages.length}`,
    'message.text': count(S.text),
    composes: composes.length,
    ...(compose && {
      'compose.body': signalOf(compose, S.body),
      'compose.send': findSend(compose.closest('form, [role=dialog]') ?? compose)?.signal ?? 'none',
      'compose.recipients': signalOf(compose.closest('form, [role=dialog]') ?? compose, [
        ...S.recipients,
        ...S.recipientInputs,
      ]),
    }),
  };
}

/** The inbox rows on show; unread by class when the list carries the classes, else by weight. */
function listRows(doc: Document): ListRowView[] {
  const main = first(doc, S.main);
  const rows = main ? all(main, S.listRow) : [];
  const classes = rows.some((row) => matchesAny(row, S.rowReadState));
  return rows.flatMap((row) => {
    const idElement = first(row, S.rowThreadId);
    const threadId =
      idElement?.getAttribute('data-legacy-thread-id') ||
      legacyThreadId(idElement?.getAttribute('data-thread-id') ?? '');
    if (!idElement || !threadId) return [];
    const date = first(row, S.rowDate);
    const last = first(row, S.rowLastMessage);
    return [
      {
        threadId,
        idTime: messageIdTime(
          last?.getAttribute('data-legacy-last-non-draft-message-id') ?? null,
          null,
        ),
        dateTexts: [date?.getAttribute('title'), date?.textContent?.trim()].filter(
          (text): text is string => !!text,
        ),
        unread: () => (classes ? matchesAny(row, S.rowUnread) : isBold(idElement)),
      },
    ];
  });
}

const idTimeOf = (message: Element) =>
  messageIdTime(
    message.getAttribute('data-legacy-message-id'),
    message.getAttribute('data-message-id'),
  );

function readMessage(message: HTMLElement): ThreadMessage {
  const sender = first(message, S.sender);
  return {
    senderName: sender?.getAttribute('name') ?? sender?.textContent?.trim() ?? '',
    senderEmail: sender?.getAttribute('email') ?? '',
    dateText: first(message, S.date)?.getAttribute('title') ?? '',
    idTime: idTimeOf(message),
    text: first(message, S.text)?.innerText ?? '',
  };
}

export const gmail: MailHost = {
  provider: 'gmail',
  mayContainCompose: (node) => matchesOrContains(node, COMPOSE_HINT),
  mayChangeThread: (node) => matchesOrContains(node, THREAD_HINT),
  mayChangeList,
  listRows,
  findComposes: (scope) => findRoots(scope, COMPOSE_ANCHORS, composeRootOf),
  compose: gmailCompose,
  thread: (doc): ThreadSnapshot | null => {
    const main = first(doc, S.main) ?? doc.body;
    const subjectElement = first(main, S.subjectHeading);
    if (!subjectElement) return null;
    const id =
      subjectElement.getAttribute('data-legacy-thread-id') ||
      new URL(doc.location.href).hash.split('/').pop() ||
      '';
    return {
      id,
      subject: subjectElement.textContent?.trim() ?? '',
      url: doc.location.href,
      messages: all(main, S.message).map(readMessage),
      subjectElement,
      // The subject's row (`.ha`) lays out subject and labels side by side: the bar goes below it.
      barAnchor: subjectElement.parentElement ?? subjectElement,
    };
  },
  unreadableThread,
  userEmail: (doc) => firstReading(userReaders(doc))?.value ?? null,
  userName: (doc) => nameInAccountLabel(first(doc, S.account)?.getAttribute('aria-label')),
  diagnose,
};
