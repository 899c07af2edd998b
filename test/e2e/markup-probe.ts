import type { Page } from 'playwright-core';

/**
 * Hostile strings used by the attack suite: each would run script or build elements if any
 * context turned text into markup (innerHTML, a template engine, a javascript: link). Every one
 * sets window.__pwned, so a run can also be seen, not only an element.
 */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  'javascript:window.__pwned=1',
  '<svg onload="window.__pwned=1"></svg>',
  '${(window.__pwned=1)}',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>">',
] as const;

export interface MarkupFindings {
  /** Elements that hostile text could have become, as short descriptions. */
  injected: string[];
  pwned: boolean;
}

/**
 * Looks through the page and every open shadow root inside it (our panel and thread bar) for an
 * element carrying an inline handler, a javascript: URL, an inline script, an iframe or an
 * img[src=x]: none of our UI has any, so each one found is text that became markup.
 */
export function probeMarkup(page: Page): Promise<MarkupFindings> {
  return page.evaluate(() => {
    const injected: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const name = element.tagName.toLowerCase();
        const handlers = [...element.attributes].filter((attr) => /^on/i.test(attr.name));
        const jsUrl = [...element.attributes].some(
          (attr) =>
            ['href', 'src', 'action', 'formaction'].includes(attr.name) &&
            /^\s*javascript:/i.test(attr.value),
        );
        const inlineScript = name === 'script' && !element.hasAttribute('src');
        const frame = name === 'iframe' || name === 'object' || name === 'embed';
        const bait = name === 'img' && element.getAttribute('src') === 'x';
        if (handlers.length > 0 || jsUrl || inlineScript || frame || bait) {
          const attrs = [...element.attributes].map((attr) => `${attr.name}="${attr.value}"`);
          injected.push(`<${name} ${attrs.join(' ')}>`.slice(0, 120));
        }
      }
    };
    visit(document);
    return {
      injected,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    };
  });
}
