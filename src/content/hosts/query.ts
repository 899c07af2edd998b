/**
 * Selector fallback chains: the first selector that matches wins, so a redesign that removes one
 * path degrades to the next instead of breaking. A selector this browser cannot parse (`:has()` in
 * an old engine) counts as matching nothing rather than throwing, so the rest of its chain still runs.
 */
function tolerant<T>(run: () => T, otherwise: T): T {
  try {
    return run();
  } catch {
    return otherwise;
  }
}

const query = <E extends Element>(scope: ParentNode, selector: string): E | null =>
  tolerant(() => scope.querySelector<E>(selector), null);

export function first<E extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
): E | null {
  for (const selector of selectors) {
    const found = query<E>(scope, selector);
    if (found) return found;
  }
  return null;
}

export function all<E extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
): E[] {
  for (const selector of selectors) {
    const found = tolerant(() => [...scope.querySelectorAll<E>(selector)], []);
    if (found.length > 0) return found;
  }
  return [];
}

/** Element.matches over a chain. */
export function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => tolerant(() => element.matches(selector), false));
}

/** For diagnostics: the selector of a chain that answers in `scope`, or "none". */
export function signalOf(scope: ParentNode, selectors: readonly string[]): string {
  return selectors.find((selector) => query(scope, selector)) ?? 'none';
}

/** A named way to read one fact, for chains that are not all selectors (a title, a label). */
export type Reader<T> = readonly [name: string, read: () => T | null | undefined];

/** The first reader that answers, and its name (for diagnostics); null when none does. */
export function firstReading<T>(
  readers: readonly Reader<T>[],
): { value: T; signal: string } | null {
  for (const [signal, read] of readers) {
    const value = read();
    if (value !== null && value !== undefined && value !== '') return { value, signal };
  }
  return null;
}

/** Visible to the user: laid out with a width (Gmail keeps a hidden subject box in replies). */
export function isVisible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && element.getBoundingClientRect().width > 0;
}

/**
 * Drawn bold, as every mail site draws what is unread: a language-independent last resort, read
 * from the computed style only when no cheaper signal answers.
 */
export function isBold(element: Element | null): boolean {
  if (!element) return false;
  const weight = element.ownerDocument.defaultView?.getComputedStyle(element).fontWeight ?? '';
  return Number.parseFloat(weight) >= 600 || weight === 'bold';
}

/** The cheap per-mutation test: the node is, or holds, something the selector names. */
export const matchesOrContains = (node: Element, selector: string): boolean =>
  node.matches(selector) || node.querySelector(selector) !== null;

/**
 * Compose roots at or below `scope` (itself included), found from `anchors` (a body, a hidden id)
 * and walked out to their root: each compose once, whichever of its anchors was found.
 */
export function findRoots(
  scope: ParentNode,
  anchors: string,
  rootOf: (anchor: HTMLElement) => HTMLElement,
): HTMLElement[] {
  const self = scope instanceof HTMLElement && scope.matches(anchors) ? [scope] : [];
  const found = [...self, ...scope.querySelectorAll<HTMLElement>(anchors)];
  return [...new Set(found.map(rootOf))];
}

/** An email address in free text (a label, a title). */
export const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

export const emailIn = (text: string | null | undefined): string | null =>
  (text && EMAIL.exec(text)?.[0]) || null;

/** `text` as a person's name, whitespace collapsed; null when nothing or an address is left. */
export function personName(text: string | null | undefined): string | null {
  const name = text?.replace(/\s+/g, ' ').trim();
  return name && !name.includes('@') ? name : null;
}

/** The name beside an address in "Alex Morgan <alex@example.com>"; null when none is left. */
export const nameBesideAddress = (text: string | null | undefined): string | null =>
  personName(text?.replace(EMAIL, '').replace(/<>/g, ''));

/**
 * The name in an account label such as "Google Account: Alex Morgan (alex@gmail.com)", in any
 * language: after the last colon, without the parenthesised address. With `leads` (the label's
 * words before the name, per language: "Account manager for"), after the one the label starts
 * with, and null when it starts with none: the label's own words are never taken for a name.
 */
export function nameInAccountLabel(
  label: string | null | undefined,
  leads?: readonly string[],
): string | null {
  const text = (label ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!leads) return personName(text.split(':').pop());
  const lead = leads.find((words) => text.startsWith(`${words} `));
  return lead ? personName(text.slice(lead.length)) : null;
}
