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
