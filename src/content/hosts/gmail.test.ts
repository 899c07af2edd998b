import { resolve } from 'node:path';
import { Browser } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { gmail } from './gmail';

/**
 * Loads a fixture page the way a browser does: happy-dom fetches the page shell from
 * test/fixtures/gmail and runs ../shared/mailbox.js and gmail-fixture.js, which renders the state
 * the shell declares.
 */
const browser = new Browser({
  settings: {
    enableJavaScriptEvaluation: true,
    suppressInsecureJavaScriptEnvironmentWarning: true,
    enableCSSFileLoading: true,
    fetch: {
      // The shells load ../shared/mailbox.js, which resolves to /shared/mailbox.js from the root.
      virtualServers: [
        { url: 'https://mail.google.com/shared/', directory: resolve('test/fixtures/shared') },
        { url: 'https://mail.google.com/', directory: resolve('test/fixtures/gmail') },
      ],
    },
  },
});
afterAll(() => browser.close());

async function load(page: string): Promise<Document> {
  const tab = browser.newPage();
  const errors: string[] = [];
  tab.virtualConsolePrinter.addEventListener('print', () => {
    errors.push(...tab.virtualConsolePrinter.readAsString().split('\n').filter(Boolean));
  });
  await tab.goto(`https://mail.google.com/${page}`);
  await tab.waitUntilComplete();
  const doc = tab.mainFrame.document as unknown as Document;
  const { __fixture: fixture } = tab.mainFrame.window as unknown as {
    __fixture?: { ready: boolean; selfCheck(): string[] };
  };
  expect(errors).toEqual([]);
  expect(fixture?.ready).toBe(true);
  expect(fixture?.selfCheck()).toEqual([]);
  return doc;
}

describe('gmail adapter on the fixture pages', () => {
  it('reads the open thread: id, subject, and each message', async () => {
    const thread = gmail.thread(await load('thread.html'));
    expect(thread?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(thread?.subject).toBe('Interview for Senior Software Engineer at Acme');
    expect(thread?.messages[0]).toMatchObject({
      senderName: 'Dana Whitaker',
      senderEmail: 'dana.whitaker@acme.com',
    });
    expect(thread?.messages[0]?.dateText).toMatch(/2026/);
  });

  it("reads the user's address from the account button", async () => {
    expect(gmail.userEmail(await load('thread.html'))).toBe('alex.morgan@gmail.com');
  });

  it('finds no thread in the inbox list, and nothing unreadable either', async () => {
    const doc = await load('demo.html');
    expect(gmail.thread(doc)).toBeNull();
    expect(gmail.unreadableThread(doc)).toBeNull();
  });

  it('calls a thread unreadable only when its messages are there without the header', async () => {
    const doc = await load('thread.html');
    expect(gmail.unreadableThread(doc)).toBeNull();
    for (const header of doc.querySelectorAll('h2')) header.remove();
    expect(gmail.thread(doc)).toBeNull();
    const first = gmail.unreadableThread(doc);
    expect(first?.getAttribute('data-message-id')).toMatch(/^#msg-f:\d+$/);
  });

  it('finds each compose once, by its body or its hidden id', async () => {
    const doc = await load('compose-floating.html');
    const roots = gmail.findComposes(doc);
    expect(roots).toHaveLength(1);
    const root = roots[0];
    if (!root) throw new Error('no compose');
    const compose = gmail.compose(root);
    expect(compose.body()?.getAttribute('g_editable')).toBe('true');
    root.querySelector('[g_editable]')?.remove();
    expect(gmail.findComposes(doc)).toEqual([root]);
    expect(gmail.compose(root).body()).toBeNull();
  });

  it('tells Send and Send + Archive from the schedule arrow', async () => {
    const doc = await load('compose-floating.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    const compose = gmail.compose(root);
    const send = root.ownerDocument.querySelector('[data-tooltip^="Send ("]');
    const schedule = root.ownerDocument.querySelector('.IZ [aria-haspopup="true"]');
    expect(send && compose.isSendButton(send)).toBe(true);
    expect(schedule && compose.isSendButton(schedule)).toBe(false);
  });

  it('reads the reply quote and the thread a reply belongs to', async () => {
    const doc = await load('compose-reply.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    const compose = gmail.compose(root);
    expect(compose.quote()?.textContent).toContain('wrote:');
    expect(compose.threadId()).toBe('19c9a3f2b41e7d05');
  });
});

describe('gmail signatures', () => {
  it("finds the user's own signature first, not a signature quoted from an earlier message", async () => {
    const doc = await load('compose-reply.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    const compose = gmail.compose(root);
    const quote = compose.quote();
    if (!quote) throw new Error('no quote');
    // The earlier message's signature, with Gmail's "-- " prefix, inside the quote...
    const quotedPrefix = doc.createElement('span');
    quotedPrefix.className = 'gmail_signature_prefix';
    quotedPrefix.textContent = '-- ';
    quote.append(quotedPrefix);
    // ...and the user's own above it, in the older form without the prefix element.
    const own = doc.createElement('div');
    own.className = 'gmail_signature';
    own.setAttribute('data-smartmail', 'gmail_signature');
    own.textContent = 'Alex Morgan';
    quote.before(doc.createTextNode('-- '), doc.createElement('br'), own);
    expect(compose.signature()).toBe(own);
  });
});

describe('gmail thread ids', () => {
  it('reads a reply without lts from its #thread-f: id, as the thread view writes it', async () => {
    const doc = await load('compose-reply.html');
    doc.querySelector('input[name=lts]')?.remove();
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    expect(gmail.compose(root).threadId()).toBe('19c9a3f2b41e7d05');
  });

  it('gives a new message no thread', async () => {
    const doc = await load('compose-floating.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    expect(gmail.compose(root).threadId()).toBeNull();
  });
});
