import { Browser, type IBrowserSettings } from 'happy-dom';
import { afterAll } from 'vitest';

/**
 * A happy-dom browser that loads the webmail fixture pages as a browser does: it fetches a page's
 * shell and runs its scripts, which render the state the shell declares. `fetch` says where each
 * address is served from. Closed when the test file ends.
 */
export function fixtureBrowser(fetch: Partial<IBrowserSettings['fetch']>): Browser {
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      enableCSSFileLoading: true,
      fetch,
    },
  });
  afterAll(() => browser.close());
  return browser;
}
