/**
 * Selector fallback chains: the first selector that matches wins, so a redesign that removes one
 * path degrades to the next instead of breaking.
 */
export function first<E extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
): E | null {
  for (const selector of selectors) {
    const found = scope.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

export function all<E extends Element = HTMLElement>(
  scope: ParentNode,
  selectors: readonly string[],
): E[] {
  for (const selector of selectors) {
    const found = scope.querySelectorAll<E>(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Element.matches over a chain, tolerant of selectors this browser cannot parse. */
export function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => element.matches(selector));
}

/** Visible to the user: laid out with a width (Gmail keeps a hidden subject box in replies). */
export function isVisible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && element.getBoundingClientRect().width > 0;
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
