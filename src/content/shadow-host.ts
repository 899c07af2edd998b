/**
 * Extension UI inside the page lives in an open shadow root, so the page's styles cannot reach in
 * and ours cannot leak out (WXT's createShadowRootUi does the same). The host element's name is
 * unique to the extension and matches none of the mail sites' selectors.
 */
export interface ShadowHost {
  host: HTMLElement;
  /** Where Preact renders. */
  container: HTMLElement;
  remove(): void;
}

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
const stopAtHost = (event: Event) => event.stopPropagation();

export function createShadowHost(tag: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(tag);
  // Keys typed into our fields reach the page retargeted to this host, which is no field, so the
  // site would run its single-key shortcuts ("e" archives in Gmail) while the user types a company
  // name. They stop here, for every listener of the page that waits for the key to bubble up (where
  // shortcut handlers usually sit); a capture-phase listener has run already and cannot be kept out.
  for (const type of KEY_EVENTS) host.addEventListener(type, stopAtHost);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return { host, container, remove: () => host.remove() };
}
