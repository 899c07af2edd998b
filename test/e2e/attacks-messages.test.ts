import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchExtension, type ChromeApi, type ExtensionSession } from './harness';
import { writeOtherExtension } from './other-extension';
import { sleep } from './fault-tools';
import { interviewInput } from './interviews';

/**
 * Who may drive the extension: only its own pages and content scripts. A web page (the mail site
 * itself, or a script in an email that got through) and any other installed extension must change
 * nothing and get no answer, and a page must not reach the extension's files.
 */

/** Protocol-shaped and other messages a page or an extension might try. */
const attempts = (id: string): unknown[] => [
  { name: 'interviews/delete', payload: { id } },
  { name: 'data/delete-all', payload: { confirmed: true } },
  { name: 'interviews/update', payload: { id, changes: { company: 'Pwned Inc' } } },
  { name: 'settings/update', payload: { changes: { myName: 'Mallory' } } },
  { name: 'data/export', payload: {} },
  { type: 'insert-due-template' },
  'interviews/list',
  null,
  [1, 2, 3],
  { name: '__proto__', payload: { polluted: true } },
  { name: 'toString', payload: {} },
];

describe('messages from outside the extension', () => {
  let ext: ExtensionSession;
  let id = '';
  let before: Record<string, unknown> = {};
  let gmail: Page;

  const unchanged = async () => {
    await sleep(500);
    expect(await ext.storage()).toEqual(before);
    const [view] = await ext.call('interviews/list', {});
    expect(view?.interview.company).toBe('Acme');
  };

  beforeAll(async () => {
    ext = await launchExtension({ otherExtensions: [await writeOtherExtension()] });
    await ext.routeFixtures({ gmail: 'gmail/thread.html' });
    id = (await ext.call('interviews/create', { input: interviewInput() })).interview.id;
    before = await ext.storage();
    gmail = await ext.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox/acme');
    await gmail.getByRole('button', { name: 'Tag as interview' }).waitFor();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('ignores window.postMessage from the page, whatever its shape, and never answers', async () => {
    const heard = await gmail.evaluate(
      async ({ messages }) => {
        const received: unknown[] = [];
        window.addEventListener('message', (event) => received.push(event.data));
        const channel = new MessageChannel();
        const onPort: unknown[] = [];
        channel.port1.onmessage = (event) => onPort.push(event.data);
        for (const message of messages) {
          window.postMessage(message, '*');
          window.postMessage({ source: 'interview-follow-up', message }, '*');
        }
        window.postMessage(messages[0], '*', [channel.port2]);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return { received: received.length, onPort: onPort.length, posted: messages.length };
      },
      { messages: attempts(id) },
    );
    // The page hears only its own posts: nobody replied on the window or on the port.
    expect(heard.received).toBe(heard.posted * 2 + 1);
    expect(heard.onPort).toBe(0);
    await unchanged();
  });

  it('refuses every message from another installed extension', async () => {
    const other = ext.context
      .serviceWorkers()
      .find((worker) => !worker.url().startsWith(ext.url(''))) as Worker;
    expect(other).toBeDefined();
    const results = await other.evaluate(
      async ({ target, messages }) => {
        const chrome = (
          globalThis as unknown as {
            chrome: ChromeApi & {
              runtime: {
                sendMessage(to: string, message: unknown): Promise<unknown>;
                connect(to: string): {
                  postMessage(message: unknown): void;
                  onMessage: { addListener(f: (m: unknown) => void): void };
                  onDisconnect: { addListener(f: () => void): void };
                };
              };
            };
          }
        ).chrome;
        const outcomes: string[] = [];
        for (const message of messages) {
          try {
            const reply = await chrome.runtime.sendMessage(target, message);
            outcomes.push(`answered ${JSON.stringify(reply)}`);
          } catch (error) {
            outcomes.push(`refused: ${(error as Error).message}`);
          }
        }
        const port = chrome.runtime.connect(target);
        const portOutcome = await new Promise<string>((resolve) => {
          port.onMessage.addListener((m) => resolve(`answered ${JSON.stringify(m)}`));
          port.onDisconnect.addListener(() => resolve('disconnected'));
          port.postMessage(messages[0]);
        });
        return { outcomes, portOutcome };
      },
      { target: ext.extensionId, messages: attempts(id) },
    );
    for (const outcome of results.outcomes) expect(outcome).toMatch(/^refused/);
    expect(results.portOutcome).toBe('disconnected');
    await unchanged();
  });

  it('keeps its files out of reach of the page', async () => {
    const paths = [
      'manifest.json',
      'src/popup/index.html',
      'src/options/index.html',
      'src/content/index.js',
      'icons/icon-128.png',
      '_locales/en/messages.json',
    ];
    const outcomes = await gmail.evaluate(
      async ({ base, paths }) =>
        Promise.all(
          paths.map((path) =>
            fetch(`${base}${path}`).then(
              (response) => `read ${response.status}`,
              () => 'blocked',
            ),
          ),
        ),
      { base: ext.url(''), paths },
    );
    expect(outcomes).toEqual(paths.map(() => 'blocked'));
    // A frame of an extension page is refused too (not web-accessible): it never gets our origin.
    const framed = await gmail.evaluate(async (url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      let sameOrigin = false;
      try {
        sameOrigin = frame.contentDocument !== null;
      } catch {
        sameOrigin = false;
      }
      frame.remove();
      return sameOrigin;
    }, ext.url('src/popup/index.html'));
    expect(framed).toBe(false);
    const popupFrames = ext.context
      .pages()
      .flatMap((page) => page.frames())
      .filter((frame) => frame.url().startsWith(ext.url('src/popup')));
    expect(popupFrames).toEqual([]);
  });

  it('holds exactly the permissions its manifest asks for, in the running browser', async () => {
    const granted = await ext.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: {
            permissions: { getAll(): Promise<{ permissions: string[]; origins: string[] }> };
          };
        }
      ).chrome.permissions.getAll(),
    );
    expect([...granted.permissions].sort()).toEqual([
      'alarms',
      'notifications',
      'scripting',
      'storage',
    ]);
    expect([...granted.origins].sort()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
  });
});
