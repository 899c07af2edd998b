import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { MailHost, ThreadSnapshot } from './hosts/mail-host';
import { listenToBackground, type TabHandlers } from './tab-messages';
import { showsThread } from './thread/shows-thread';

const OURS = { id: fakeBrowser.runtime.id };

/** A Gmail page that shows the thread `id` (or none), as its adapter reads it. */
function gmailShowing(id: string | null): MailHost {
  const thread = id === null ? null : ({ id } as ThreadSnapshot);
  return { provider: 'gmail', thread: () => thread } as unknown as MailHost;
}

function listen(host: MailHost): TabHandlers {
  const handlers: TabHandlers = {
    'compose/insert-due': vi.fn(async () => ({ inserted: true })),
    'thread/shows': vi.fn(async (asked) => showsThread(host, document, asked)),
  };
  listenToBackground(handlers);
  return handlers;
}

const ask = (message: unknown, sender: object = OURS) =>
  fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

describe('answering the background', () => {
  it('says whether this page shows the thread, from its adapter at the moment of asking', async () => {
    listen(gmailShowing('19c9a3f2b41e7d05'));
    const asked = (threadId: unknown, provider: unknown = 'gmail') =>
      ask({ name: 'thread/shows', payload: { provider, threadId } });
    expect(await asked('19c9a3f2b41e7d05')).toEqual([{ ok: true, value: { shows: true } }]);
    expect(await asked('19c7b1e0d5a28c13')).toEqual([{ ok: true, value: { shows: false } }]);
    expect(await asked('19c9a3f2b41e7d05', 'outlook')).toEqual([
      { ok: true, value: { shows: false } },
    ]);
    expect(await asked(undefined)).toEqual([{ ok: true, value: { shows: false } }]);
  });

  it('shows no thread when the page has none open, even for an empty id', async () => {
    listen(gmailShowing(null));
    expect(
      await ask({ name: 'thread/shows', payload: { provider: 'gmail', threadId: '' } }),
    ).toEqual([{ ok: true, value: { shows: false } }]);
  });

  it('ignores other senders, unknown names and inherited keys', async () => {
    const handlers = listen(gmailShowing('x'));
    const shows = { name: 'thread/shows', payload: { provider: 'gmail', threadId: 'x' } };
    expect(await ask(shows, { id: 'another-extension' })).toEqual([undefined]);
    expect(await ask({ name: 'toString', payload: {} })).toEqual([undefined]);
    expect(await ask({ name: 'compose/unknown', payload: {} })).toEqual([undefined]);
    expect(await ask(null)).toEqual([undefined]);
    expect(handlers['thread/shows']).not.toHaveBeenCalled();
  });

  it('routes the keyboard command to its handler and turns a failure into an error reply', async () => {
    const handlers = listen(gmailShowing(null));
    expect(await ask({ name: 'compose/insert-due', payload: {} })).toEqual([
      { ok: true, value: { inserted: true } },
    ]);
    vi.mocked(handlers['compose/insert-due']).mockRejectedValueOnce(new Error('gone'));
    expect(await ask({ name: 'compose/insert-due', payload: {} })).toEqual([
      { ok: false, error: 'gone' },
    ]);
  });
});
