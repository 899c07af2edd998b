/**
 * The Firefox side of the end-to-end tests: the system Firefox (Debian's firefox-esr) driven over
 * WebDriver BiDi by puppeteer-core, with dist-firefox/ installed as a temporary add-on, as
 * about:debugging's "Load Temporary Add-on" does. Firefox 127+ grants an MV3 add-on's content
 * script hosts at install (`extensions.originControls.grantByDefault`, left at its default here),
 * so the content script runs on the mail hosts with no manual grant, as it does for a user.
 *
 * Mail pages are the same fixtures as in Chromium, answered at the real address by Puppeteer's
 * request interception with the same fixtureResponse. Any other http(s) request of the page is
 * refused and recorded, and close() fails on one: the extension makes no network requests.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { requireFirefox } from '../../scripts/find-firefox.mjs';
import { fixtureResponse, GMAIL_CSP } from '../../scripts/fixture-route.mjs';
import { FIXTURES, GMAIL_HOST, RESULTS, ROOT } from '../e2e/harness';

/** The Firefox build (`npm run build:firefox`, which `npm run test:firefox` runs first). */
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');

export class FirefoxSession {
  /** Requests of the page to a host that is not a served fixture: refused, and a failure. */
  readonly foreignRequests: string[] = [];
  /** Uncaught errors of the page: a test ends by expecting none. */
  readonly pageErrors: string[] = [];

  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {}

  /** Starts Firefox on a fresh temporary profile (Puppeteer's) with dist-firefox/ installed. */
  static async launch(): Promise<FirefoxSession> {
    if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
      throw new Error('dist-firefox/ is missing: run `npm run build:firefox` (test:firefox does).');
    }
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: requireFirefox(),
      headless: true,
    });
    try {
      await browser.installExtension(DIST_FIREFOX);
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      // The Chromium harness's size, so screenshots of both browsers compare.
      await page.setViewport({ width: 1280, height: 800 });
      return new FirefoxSession(browser, page);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /**
   * Installs dist-firefox/ again over the running one, as "Reload" in about:debugging or an
   * update does: the same id, with the mail page left open.
   */
  async reinstall(): Promise<void> {
    await this.browser.installExtension(DIST_FIREFOX);
  }

  /**
   * Serves `fixture` (relative to test/fixtures) at mail.google.com, opens `url` there and waits
   * for the fixture to have drawn the page.
   */
  async openGmail(fixture: string, url: string): Promise<Page> {
    const page = join(FIXTURES, fixture);
    const headers = { 'content-security-policy': GMAIL_CSP };
    this.page.on('pageerror', (error) => this.pageErrors.push(String(error)));
    await this.page.setRequestInterception(true);
    this.page.on('request', (request) => void this.answer(request, page, headers));
    await this.page.goto(url);
    await this.page.waitForFunction(
      () => (window as Window & { __fixture?: { ready?: boolean } }).__fixture?.ready === true,
    );
    return this.page;
  }

  private async answer(request: HTTPRequest, page: string, headers: Record<string, string>) {
    const url = request.url();
    if (new URL(url).hostname !== GMAIL_HOST) {
      this.foreignRequests.push(url);
      await request.abort();
      return;
    }
    // Over BiDi Puppeteer has no resourceType(); a navigation is what Chromium calls a document.
    const isDocument = request.isNavigationRequest();
    await request.respond(await fixtureResponse(page, { url, isDocument, headers }));
  }

  /** Saves a screenshot of `selector` to test-results/NAME.png (gitignored); returns its path. */
  async screenshot(selector: string, name: string): Promise<string> {
    await mkdir(RESULTS, { recursive: true });
    const path = join(RESULTS, `${name}.png`) as `${string}.png`;
    const element = await this.page.waitForSelector(selector);
    await element?.screenshot({ path });
    return path;
  }

  /** Closes Firefox (Puppeteer removes its profile); fails on any request that left the page. */
  async close(): Promise<void> {
    await this.browser.close();
    if (this.foreignRequests.length > 0) {
      throw new Error(`The page made network requests:\n${this.foreignRequests.join('\n')}`);
    }
  }
}
