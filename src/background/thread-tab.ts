import browser, { type Tabs } from 'webextension-polyfill';
import type { ThreadRef } from '../core/interview';
import { askTab } from './ask-tab';

/** A mail tab answers at once; one that has not within this is frozen or busy and is passed over. */
export const ASK_TIMEOUT_MS = 1_000;

/**
 * The tab that shows the thread now, if any. Without the "tabs" permission tabs.query gives no
 * URLs, so every tab's top frame is asked (all at once): only our content scripts answer, from
 * their site's adapter; every other tab rejects at once. Discarded tabs run no script.
 */
export async function findThreadTab(
  thread: Pick<ThreadRef, 'provider' | 'threadId'>,
): Promise<Tabs.Tab | undefined> {
  const payload = { provider: thread.provider, threadId: thread.threadId };
  const tabs = (await browser.tabs.query({})).filter(
    (tab) => tab.id !== undefined && !tab.discarded,
  );
  const shows = await Promise.all(
    tabs.map(async (tab) => {
      const reply = await askTab(tab.id as number, 'thread/shows', payload, {
        frameId: 0,
        timeoutMs: ASK_TIMEOUT_MS,
      });
      return reply?.ok === true && reply.value.shows === true;
    }),
  );
  return tabs.find((_, index) => shows[index]);
}
