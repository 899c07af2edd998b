import { describe, expect, it } from 'vitest';
import { earliest, targetRange } from './insert';

type Child = Node | string;

/** An element with an optional id (a name for the test to find it by) and children. */
function el(tag: string, id: string, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  if (id) element.id = id;
  element.append(...children);
  return element;
}

/** `<div><br></div>`: how editors hold an empty line. */
const emptyLine = (id = '') => el('div', id, el('br', ''));

/** A compose body holding `children`; the quote is the child with id "quote". */
function compose(...children: Child[]): { body: HTMLElement; quote: HTMLElement | null } {
  const body = el('div', 'body', ...children);
  body.contentEditable = 'true';
  document.body.replaceChildren(body);
  return { body, quote: body.querySelector<HTMLElement>('#quote') };
}

/** A caret at the start of the element with this id. */
function caretIn(id: string): Range {
  const range = document.createRange();
  range.setStart(document.getElementById(id) as Node, 0);
  return range;
}

describe('where an insertion goes', () => {
  it("goes to the user's caret when it is above the quote", () => {
    const { body, quote } = compose(el('div', 'mine', 'Hello'), emptyLine(), el('div', 'quote'));
    const range = targetRange(body, caretIn('mine'), quote);
    expect(range.startContainer).toBe(document.getElementById('mine'));
  });

  it('goes to the empty line a reply starts with when the caret is in the quote', () => {
    const { body, quote } = compose(
      emptyLine('line'),
      el('br', ''),
      el('div', 'quote', el('p', 'quoted', 'On Thu')),
    );
    const range = targetRange(body, caretIn('quoted'), quote);
    expect(range.startContainer).toBe(document.getElementById('line'));
    expect(range.startOffset).toBe(0);
    expect(range.collapsed).toBe(true);
  });

  it("goes to the first empty line after the user's words, with no caret", () => {
    const { body, quote } = compose(
      el('div', '', 'Hello'),
      emptyLine('line'),
      emptyLine(),
      el('div', 'quote', 'On Thu'),
    );
    const range = targetRange(body, null, quote);
    expect(range.startContainer).toBe(document.getElementById('line'));
  });

  it('goes just before the quote when no empty line is left above it', () => {
    const { body, quote } = compose(
      el('div', '', 'Hello'),
      el('div', 'appendonsend'),
      el('hr', ''),
      el('div', 'quote', 'On Thu'),
    );
    const range = targetRange(body, null, quote);
    expect(range.startContainer).toBe(body);
    expect(body.childNodes[range.startOffset]).toBe(quote);
  });

  it('goes to the end of a body with no quote', () => {
    const { body } = compose(el('div', '', 'Hello'), emptyLine());
    const range = targetRange(body, null, null);
    expect(range.startContainer).toBe(body);
    expect(range.startOffset).toBe(body.childNodes.length);
  });

  it('goes above a signature\'s "-- " line, not between it and the signature', () => {
    const { body } = compose(
      el('div', '', 'Hello'),
      '-- ',
      el('br', ''),
      el('div', 'signature', 'Alex Morgan'),
    );
    const signature = document.getElementById('signature');
    const range = targetRange(body, caretIn('signature'), signature);
    expect(range.startContainer).toBe(body);
    expect(body.childNodes[range.startOffset]?.textContent).toBe('-- ');
  });

  it('goes to the empty line above a signature, past its "-- " line', () => {
    const { body } = compose(
      emptyLine('line'),
      '-- ',
      el('br', ''),
      el('div', 'signature', 'Alex'),
    );
    const range = targetRange(body, null, document.getElementById('signature'));
    expect(range.startContainer).toBe(document.getElementById('line'));
  });
});

describe('earliest', () => {
  it('picks what comes first in the page, whatever the order given, and skips what is missing', () => {
    const { quote } = compose(el('div', 'signature'), el('div', 'quote', el('p', 'inside')));
    const [signature, inside] = [
      document.getElementById('signature'),
      document.getElementById('inside'),
    ];
    expect(earliest(quote, signature)).toBe(signature);
    expect(earliest(signature, quote)).toBe(signature);
    // A signature quoted from an earlier message sits inside the quote: the quote comes first.
    expect(earliest(inside, quote)).toBe(quote);
    expect(earliest(null, quote)).toBe(quote);
    expect(earliest(null, null)).toBeNull();
  });
});
