import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ChromeApi, type ExtensionSession } from './harness';

/** The harness guards the no-network promise and serves fixtures; both must really work. */
describe('the e2e harness', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.routeFixtures();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('serves fixtures at the real Gmail and Outlook addresses, Gmail with its CSP', async () => {
    const page = await ext.context.newPage();
    const assets: number[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document') assets.push(response.status());
    });
    const gmail = await page.goto('https://mail.google.com/mail/u/0/#inbox');
    expect(gmail?.status()).toBe(200);
    expect(gmail?.headers()['content-security-policy']).toBe("require-trusted-types-for 'script'");
    expect(await page.title()).not.toBe('');
    // The page's own script and style, fetched relative to /mail/u/0/, come from beside it.
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.every((status) => status === 200)).toBe(true);
    const outlook = await page.goto('https://outlook.office.com/mail/');
    expect(outlook?.status()).toBe(200);
    expect(outlook?.headers()['content-security-policy']).toBeUndefined();
    await page.close();
  });

  it('blocks and reports a request to any other host, from a page or the worker', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    const fromPage = await page.evaluate(() =>
      fetch('https://example.com/leak').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    const fromWorker = await ext.serviceWorker.evaluate(() =>
      fetch('https://example.org/leak').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect([fromPage, fromWorker]).toEqual(['blocked', 'blocked']);
    expect(ext.foreignRequests()).toEqual(['https://example.com/leak', 'https://example.org/leak']);
    // These two were made on purpose: forget them so close() does not fail the file.
    ext.requests.length = 0;
    await page.close();
  });

  it('reads the extension state from the service worker', async () => {
    const id = await ext.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.id,
    );
    expect(id).toBe(ext.extensionId);
    expect(await ext.alarms()).toEqual([]);
    expect(await ext.badgeText()).toBe('');
  });
});
