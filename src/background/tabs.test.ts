import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { ASK_TIMEOUT_MS, findThreadTab } from './tabs';
import { contentScripts, NO_CONTENT_SCRIPT } from './test-support';

const ACME = { provider: 'gmail', threadId: '19c9a3f2b41e7d05' } as const;

async function tabs(count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let index = 0; index < count; index++) {
    ids.push((await fakeBrowser.tabs.create({ url: 'about:blank' })).id as number);
  }
  return ids;
}

describe('finding the tab that shows a thread', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks the top frame of every tab, and takes the one whose content script says yes', async () => {
    const [other, acme] = await tabs(2);
    const sent = contentScripts({ [other as number]: 'another-thread', [acme as number]: ACME });
    expect((await findThreadTab(ACME))?.id).toBe(acme);
    expect(sent).toHaveBeenCalledWith(
      acme,
      { name: 'thread/shows', payload: ACME },
      { frameId: 0 },
    );
    // The default tab and both new ones: URLs are not readable without "tabs", so all are asked.
    expect(sent).toHaveBeenCalledTimes(3);
  });

  it('finds none when no content script shows it, and ignores tabs that have none', async () => {
    const [gmail] = await tabs(2);
    contentScripts({ [gmail as number]: 'another-thread' });
    expect(await findThreadTab(ACME)).toBeUndefined();
  });

  it('does not take a thread of the same id on the other mail site', async () => {
    const [outlook] = await tabs(1);
    contentScripts({ [outlook as number]: { provider: 'outlook', threadId: ACME.threadId } });
    expect(await findThreadTab(ACME)).toBeUndefined();
  });

  it('counts an error or a foreign answer as no', async () => {
    const [failing, foreign, acme] = await tabs(3);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number) => {
      if (tabId === failing) return { ok: false, error: 'broken' };
      if (tabId === foreign) return { shows: true };
      if (tabId === acme) return { ok: true, value: { shows: true } };
      throw new Error(NO_CONTENT_SCRIPT);
    }) as never);
    expect((await findThreadTab(ACME))?.id).toBe(acme);
  });

  it('does not wait longer than the timeout for a tab that never answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const [hung] = await tabs(1);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((tabId: number) =>
      tabId === hung
        ? new Promise(() => undefined)
        : Promise.reject(new Error(NO_CONTENT_SCRIPT))) as never);
    const found = findThreadTab(ACME);
    await vi.advanceTimersByTimeAsync(ASK_TIMEOUT_MS);
    await expect(found).resolves.toBeUndefined();
  });

  it('skips discarded tabs: asking would reload nothing and only fail', async () => {
    const [acme] = await tabs(1);
    await fakeBrowser.tabs.update(acme as number, { discarded: true } as never);
    const sent = contentScripts({ [acme as number]: ACME });
    expect(await findThreadTab(ACME)).toBeUndefined();
    expect(sent).not.toHaveBeenCalledWith(acme, expect.anything(), expect.anything());
  });
});
