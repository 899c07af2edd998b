import { describe, expect, it } from 'vitest';
import { launchExtension } from './harness';

/**
 * Every e2e session records each http(s) and ws(s) request and fails at close() on one to a host
 * that is neither the extension nor a routed fixture: that is how the suite proves "no network
 * requests". This proves the guard itself fails when something does leak.
 */
describe('the network guard', () => {
  it('fails the session on a request from a mail page or the worker to any other host', async () => {
    const ext = await launchExtension();
    await ext.routeFixtures({ gmail: 'gmail/thread.html' });
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/acme');
    // A tracking pixel from a page, a fetch from the worker: the two ways a leak would look.
    await page.evaluate(() => {
      new Image().src = 'https://tracker.example/pixel.gif';
    });
    await ext.serviceWorker.evaluate(() =>
      fetch('https://api.example.net/sync').then(
        () => undefined,
        () => undefined,
      ),
    );
    await expect.poll(() => ext.foreignRequests().length, { timeout: 5_000 }).toBe(2);
    await expect(ext.close()).rejects.toThrow(
      /network requests:\nhttps:\/\/tracker\.example\/pixel\.gif\nhttps:\/\/api\.example\.net\/sync/,
    );
  });

  it('passes a session that only talked to the fixtures', async () => {
    const ext = await launchExtension();
    await ext.routeFixtures({ gmail: 'gmail/thread.html' });
    const page = await ext.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/acme');
    await page.getByRole('button', { name: 'Tag as interview' }).waitFor();
    expect(ext.requests.length).toBeGreaterThan(0);
    expect(ext.foreignRequests()).toEqual([]);
    await ext.close();
  });
});
