import type { Diagnostics, ThreadMessage } from './mail-host';
import { anyLabel } from './outlook-labels';
import { all, emailIn, firstReading, nameBesideAddress, type Reader } from './query';

/**
 * Reading the messages of an Outlook conversation, in any language. A message is found by its
 * "Email message" region (which also finds collapsed messages, which have no body), else from its
 * body, the same in every language and every 2025 capture (`#UniqueMessageBody_N` inside
 * `[role=document]`), walked out to the message's container: the ancestor that also holds the
 * sender persona or the date.
 */
export const MESSAGE_BODY = ['[id^="UniqueMessageBody_"]', '[role=document]'] as const;
const BODY = MESSAGE_BODY.join(',');
const MESSAGE_LABEL = [anyLabel('message', '[aria-label="$"]')] as const;

/** What a message's header holds: a persona whose label or title names an address, the date. */
const HEADER_MARK = '[aria-label*="@"],[title*="@"],[id$="_DATETIME"]';
/** An element of a compose: a reply in the conversation is no message. */
const EDITABLE = '[contenteditable="true"]';

const holds = (element: Element, selector: string) =>
  element.matches(selector) || element.querySelector(selector) !== null;

/** From a body out to the first ancestor (below the pane) whose other children hold a header mark. */
function itemOf(body: HTMLElement, pane: HTMLElement): HTMLElement {
  let from: Element = body;
  for (
    let element = body.parentElement;
    element && element !== pane;
    element = element.parentElement
  ) {
    for (const child of element.children) {
      if (child !== from && holds(child, HEADER_MARK)) return element;
    }
    from = element;
  }
  return body;
}

/**
 * Bodies give the expanded messages only. Their siblings that say they expand (`aria-expanded`, as
 * the captures' message wrappers do) and hold a header but no body nor editor are the collapsed
 * ones (a guess: no capture shows a collapsed message).
 */
function withCollapsed(items: HTMLElement[]): HTMLElement[] {
  const parent = items[0]?.parentElement;
  if (!parent || items.some((item) => item.parentElement !== parent)) return items;
  return [...parent.children].filter(
    (child): child is HTMLElement =>
      items.includes(child as HTMLElement) ||
      (child.matches('[aria-expanded]') &&
        holds(child, HEADER_MARK) &&
        !holds(child, BODY) &&
        !holds(child, EDITABLE)),
  );
}

/** The conversation's messages in page order, and the signal that found them. */
export function findMessages(pane: HTMLElement): { items: HTMLElement[]; signal: string } {
  // A message's own text may carry any label: only regions outside every body count.
  const labelled = all(pane, MESSAGE_LABEL).filter((element) => !element.closest(BODY));
  if (labelled.length > 0) return { items: labelled, signal: 'label' };
  const bodies = all(pane, MESSAGE_BODY).filter((body) => !body.closest(EDITABLE));
  const items = [...new Set(bodies.map((body) => itemOf(body, pane)))];
  if (items.length === 0) return { items, signal: 'none' };
  return { items: withCollapsed(items), signal: 'body' };
}

/** The first element in `item` matching `selector` that is not inside the message's text. */
function inHeader(item: HTMLElement, selector: string): HTMLElement | null {
  // The header comes before the text: one native lookup answers, unless the header lacks it.
  const found = item.querySelector<HTMLElement>(selector);
  if (!found || !found.closest(BODY)) return found;
  for (const element of item.querySelectorAll<HTMLElement>(selector)) {
    if (!element.closest(BODY)) return element;
  }
  return null;
}

/**
 * The sender persona: language-independent first (its label and title, or either, names an
 * address; the 2025 captures have the label only), the translated "From:" label last.
 */
const senderReaders = (item: HTMLElement): Reader<HTMLElement>[] =>
  [
    '[aria-label*="@"][title*="@"]',
    '[aria-label*="@"]',
    '[title*="@"]',
    anyLabel('from', '[aria-label^="$"]'),
  ].map((selector) => [selector, () => inHeader(item, selector)]);

/** A title that reads like a date and time, in any language: a year and an hh:mm. */
const DATE_LIKE = /\b\d{4}\b.*\d{1,2}[:.h]\d{2}|\d{1,2}[:.h]\d{2}.*\b\d{4}\b/;

function dateChain(item: HTMLElement): Reader<string>[] {
  return [
    ['[id$="_DATETIME"][title]', () => inHeader(item, '[id$="_DATETIME"][title]')?.title],
    ['[id$="_DATETIME"]', () => inHeader(item, '[id$="_DATETIME"]')?.textContent?.trim()],
    [
      'dated title',
      () =>
        [...item.querySelectorAll<HTMLElement>('[title]')].find(
          (element) => !element.closest(BODY) && DATE_LIKE.test(element.title),
        )?.title,
    ],
  ];
}

const bodyReaders = (item: HTMLElement): Reader<HTMLElement>[] =>
  MESSAGE_BODY.map((selector) => [selector, () => item.querySelector<HTMLElement>(selector)]);

function senderOf(persona: HTMLElement | undefined): { name: string; email: string } {
  const label = persona?.getAttribute('aria-label') ?? '';
  const email =
    emailIn(persona?.getAttribute('title')) ??
    emailIn(label) ??
    emailIn(persona?.textContent) ??
    '';
  // "From: Dana Whitaker <dana.whitaker@acme.com>" (or "De : ..."): after the label's colon,
  // before the last <…>. Greedy, so a name that itself holds "<" (hostile or not) is kept whole.
  const name =
    /^[^:]*:\s*(.*?)\s*<[^<>]*>\s*$/.exec(label)?.[1] ??
    nameBesideAddress(persona?.textContent) ??
    '';
  return { name, email };
}

/** A message's sender, as its header names them. */
export const readSender = (item: HTMLElement) => senderOf(firstReading(senderReaders(item))?.value);

export function readMessage(item: HTMLElement): ThreadMessage {
  const sender = readSender(item);
  return {
    senderName: sender.name,
    senderEmail: sender.email,
    dateText: firstReading(dateChain(item))?.value ?? '',
    text: firstReading(bodyReaders(item))?.value.innerText ?? '',
  };
}

/** For diagnostics: per fact, how many messages it was read from, and the first one's signal. */
export function messageSignals(items: HTMLElement[]): Diagnostics {
  const tally = (chain: (item: HTMLElement) => Reader<unknown>[]) => {
    const signals = items.map((item) => firstReading(chain(item))?.signal);
    const found = signals.filter(Boolean);
    return `${found.length}/${items.length} ${found[0] ?? 'none'}`;
  };
  return {
    'message.sender': tally(senderReaders),
    'message.date': tally(dateChain),
    'message.text': tally(bodyReaders),
  };
}
