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

export function createShadowHost(tag: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return { host, container, remove: () => host.remove() };
}
