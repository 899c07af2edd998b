/**
 * Inserting a template into a compose body so the mail app notices: through the browser's editing
 * pipeline (undo works, `input` fires) or the editor's own paste handling (roosterjs keeps its own
 * undo stack), never by editing the DOM behind the editor's back.
 */
export interface Insertion {
  text: string;
  /** Escaped markup of the same content: values are never markup. */
  html: string;
}

/**
 * Where the text goes: the saved caret, unless it is in or below `end` (the site's signature or
 * the quoted message, whichever comes first). Then it goes above `end`: into the empty line a
 * message starts with, else just before it.
 */
export function targetRange(
  body: HTMLElement,
  saved: Range | null,
  end: HTMLElement | null,
): Range {
  const doc = body.ownerDocument;
  if (saved && !(end && isAtOrAfter(saved, end))) return saved.cloneRange();
  const range = doc.createRange();
  if (end && body.contains(end)) {
    // Inserted right before the quote, the last line would join the quote's first ("[your
    // name]On Thu, ... wrote:"), as a paste at the start of a line does.
    const { line, before } = spotAbove(topLevelChild(body, end));
    if (line) range.setStart(line, 0);
    else range.setStartBefore(before);
  } else {
    range.selectNodeContents(body);
    range.collapse(false);
  }
  range.collapse(true);
  return range;
}

/** Of the elements given, the one that comes first in the page; null when none is. */
export function earliest(...elements: (HTMLElement | null)[]): HTMLElement | null {
  return elements.reduce<HTMLElement | null>((found, element) => {
    if (!element || !found) return found ?? element;
    const position = found.compareDocumentPosition(element);
    return position & Node.DOCUMENT_POSITION_PRECEDING ? element : found;
  }, null);
}

/**
 * Above `top`: the first empty line (`<div><br></div>`, how editors hold one) after the user's
 * last words, and the node to insert before when there is none, which is `top` or the "-- " line
 * of a signature.
 */
function spotAbove(top: Node): { line: Element | null; before: Node } {
  let line: Element | null = null;
  let before = top;
  for (let node = top.previousSibling; node; node = node.previousSibling) {
    if (node.textContent?.trim() === '--') {
      before = node;
      continue;
    }
    if (node.textContent?.trim() || (node instanceof Element && node.querySelector('img'))) break;
    if (isEmptyLine(node)) line = node;
  }
  return { line, before };
}

const isEmptyLine = (node: Node): node is Element =>
  node instanceof Element &&
  (node.tagName === 'DIV' || node.tagName === 'P') &&
  node.childNodes.length === 1 &&
  node.firstChild?.nodeName === 'BR';

function topLevelChild(body: HTMLElement, node: Node): Node {
  let current = node;
  while (current.parentNode && current.parentNode !== body) current = current.parentNode;
  return current;
}

function isAtOrAfter(range: Range, end: HTMLElement): boolean {
  if (end.contains(range.startContainer)) return true;
  const position = end.compareDocumentPosition(range.startContainer);
  return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function select(range: Range): void {
  const selection = range.startContainer.ownerDocument?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Offer the content as a paste first: an editor with its own model (roosterjs) takes it itself. */
function pasteIntoEditor(body: HTMLElement, content: Insertion): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', content.text);
  data.setData('text/html', content.html);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });
  body.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Inserts `content` at the saved caret, or above `end` (see targetRange). What a site needs
 * beyond that to notice is its adapter's (ComposeWindow.afterInsert).
 */
export function insertAtCaret(
  body: HTMLElement,
  content: Insertion,
  saved: Range | null,
  end: HTMLElement | null,
): void {
  body.focus();
  select(targetRange(body, saved, end));
  // An editor that took the paste (roosterjs) records its own undo step and saves the draft itself.
  if (pasteIntoEditor(body, content)) return;
  const doc = body.ownerDocument;
  const inserted = doc.execCommand('insertHTML', false, content.html);
  if (!inserted) doc.execCommand('insertText', false, content.text);
}
