import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ThreadSnapshot } from '../hosts/mail-host';
import { ThreadBar } from './thread-bar';

const send = vi.hoisted(() => vi.fn());
vi.mock('../../messaging/send', () => ({ send }));

const HINT = 'Looks like an interview invitation';

/** A thread of `count` messages from Dana, the newest last. */
function thread(id: string, count = 1): ThreadSnapshot {
  const header = document.createElement('h2');
  return {
    id,
    subject: 'Interview at Acme',
    url: 'https://mail.google.com/',
    messages: Array.from({ length: count }, (_, i) => ({
      senderName: 'Dana Whitaker',
      senderEmail: 'dana@acme.example',
      dateText: 'Tue, Feb 24, 2026, 10:15 AM',
      text: `Message ${i} `.padEnd(5_000, 'x'),
    })),
    subjectElement: header,
    barAnchor: header,
  };
}

/**
 * The background: `tagged` answers find-by-thread, `invitation` the invitation question, and
 * `undated` says whether no time of the page's messages could be read.
 */
function background(tagged: unknown, invitation: boolean, undated = false) {
  send.mockImplementation(async (name: string) => {
    if (name === 'interviews/find-by-thread') return tagged;
    if (name === 'threads/invitation') return invitation;
    if (name === 'threads/check-reply') return { view: tagged, repliesUnnoticeable: undated };
    return null;
  });
}

const UNDATED = 'cannot read when the messages on this page were sent';

const questions = () => send.mock.calls.filter(([name]) => name === 'threads/invitation');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the thread bar on an invitation', () => {
  let root: HTMLElement;
  const draw = (snapshot: ThreadSnapshot) =>
    render(
      <ThreadBar
        provider="gmail"
        thread={snapshot}
        userEmail="alex@gmail.com"
        userName={null}
        diagnose={() => ({}) as never}
      />,
      root,
    );

  beforeEach(() => {
    send.mockReset();
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => render(null, root));

  it('says so beside the tag button, politely, asking once however often it is mounted', async () => {
    background(null, true);
    draw(thread('t-invite', 5));
    await vi.waitFor(() => expect(root.textContent).toContain(HINT));
    expect(root.querySelector('[role=status]')?.textContent).toBe(HINT);
    draw(thread('t-invite', 5));
    // The mail app redrew the subject: the watcher mounts a new bar for the same thread.
    render(null, root);
    draw(thread('t-invite', 5));
    await vi.waitFor(() => expect(root.textContent).toContain(HINT));
    expect(questions()).toHaveLength(1);
  });

  it('sends the subject and the three newest messages, cut, without names', async () => {
    background(null, true);
    draw(thread('t-payload', 5));
    await vi.waitFor(() => expect(questions()).toHaveLength(1));
    const { facts } = questions()[0]?.[1] as {
      facts: { subject: string; userEmail: string; messages: Record<string, string>[] };
    };
    expect(facts.subject).toBe('Interview at Acme');
    expect(facts.userEmail).toBe('alex@gmail.com');
    expect(facts.messages.map((m) => m.text?.slice(0, 9))).toEqual([
      'Message 2',
      'Message 3',
      'Message 4',
    ]);
    expect(facts.messages.every((m) => m.text?.length === 4_000)).toBe(true);
    expect(Object.keys(facts.messages[0] ?? {}).sort()).toEqual([
      'dateText',
      'idTime',
      'senderEmail',
      'text',
    ]);
  });

  it('says nothing when the background reads no invitation', async () => {
    background(null, false);
    draw(thread('t-dinner'));
    await vi.waitFor(() => expect(questions()).toHaveLength(1));
    await settle();
    expect(root.textContent).not.toContain(HINT);
  });

  it('neither asks nor says so on a tagged thread', async () => {
    background({ interview: { id: 'i1', status: 'active', updatedAt: 1, events: [] } }, true);
    draw(thread('t-tagged'));
    await vi.waitFor(() => expect(root.textContent).toContain('Edit interview'));
    await settle();
    expect(questions()).toHaveLength(0);
    expect(root.textContent).not.toContain(HINT);
  });

  it('says on a tagged thread when replies cannot be noticed on this page, and only then', async () => {
    const tagged = { interview: { id: 'i1', status: 'active', updatedAt: 1, events: [] } };
    background(tagged, false, true);
    draw(thread('t-italian'));
    await vi.waitFor(() => expect(root.textContent).toContain(UNDATED));
    expect(root.querySelector('[role=status] button')?.textContent).toBe('Copy diagnostics');
    render(null, root);
    background(tagged, false, false);
    draw(thread('t-english'));
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith('threads/check-reply', expect.anything()),
    );
    await settle();
    expect(root.textContent).not.toContain(UNDATED);
    expect(root.querySelector('[role=status]')).toBeNull();
  });

  it('waits for the messages before asking', async () => {
    background(null, true);
    draw(thread('t-loading', 0));
    await settle();
    expect(questions()).toHaveLength(0);
    draw(thread('t-loading', 1));
    await vi.waitFor(() => expect(root.textContent).toContain(HINT));
  });
});
