import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmail } from './gmail';

/** The fixture page's static markup, without its script: the adapter reads structure only. */
function load(page: string): Document {
  const html = readFileSync(resolve('test/fixtures/gmail', page), 'utf8');
  const doc = new DOMParser().parseFromString(
    html.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/g, ''),
    'text/html',
  );
  return doc;
}

describe('gmail adapter on the fixture pages', () => {
  it('reads the open thread: id, subject, and each message', () => {
    const thread = gmail.thread(load('thread.html'));
    expect(thread?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(thread?.subject).toBe('Interview for Senior Software Engineer at Acme');
    expect(thread?.messages[0]).toMatchObject({
      senderName: 'Dana Whitaker',
      senderEmail: 'dana.whitaker@acme.com',
    });
    expect(thread?.messages[0]?.dateText).toMatch(/2026/);
  });

  it("reads the user's address from the account button", () => {
    expect(gmail.userEmail(load('thread.html'))).toBe('alex.morgan@gmail.com');
  });

  it('finds no thread in the inbox list', () => {
    expect(gmail.thread(load('demo.html'))).toBeNull();
  });

  it('finds each compose once, by its body or its hidden id', () => {
    const doc = load('compose-floating.html');
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

  it('tells Send and Send + Archive from the schedule arrow', () => {
    const doc = load('compose-floating.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    const compose = gmail.compose(root);
    const send = root.ownerDocument.querySelector('[data-tooltip^="Send ("]');
    const schedule = root.ownerDocument.querySelector('.IZ [aria-haspopup="true"]');
    expect(send && compose.isSendButton(send)).toBe(true);
    expect(schedule && compose.isSendButton(schedule)).toBe(false);
  });

  it('reads the reply quote and the thread a reply belongs to', () => {
    const doc = load('compose-reply.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    const compose = gmail.compose(root);
    expect(compose.quote()?.textContent).toContain('wrote:');
    expect(compose.threadId()).toBe('19c9a3f2b41e7d05');
  });
});

describe('gmail thread ids', () => {
  it('reads a reply without lts from its #thread-f: id, as the thread view writes it', () => {
    const doc = load('compose-reply.html');
    doc.querySelector('input[name=lts]')?.remove();
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    expect(gmail.compose(root).threadId()).toBe('19c9a3f2b41e7d05');
  });

  it('gives a new message no thread', () => {
    const doc = load('compose-floating.html');
    const root = gmail.findComposes(doc)[0];
    if (!root) throw new Error('no compose');
    expect(gmail.compose(root).threadId()).toBeNull();
  });
});
