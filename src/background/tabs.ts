import browser, { type Tabs } from 'webextension-polyfill';
import type { Interview, ThreadRef } from '../core/interview';
import { isMailUrl } from '../core/sites';
import type { TabMessageName, TabProtocol, TabReply } from '../messaging/tab-protocol';

/*
 * The background's dealings with tabs, without the "tabs" permission: asking a mail tab's content
 * script (tabs.sendMessage), finding the tab that shows a thread, opening or focusing a page.
 */

export interface AskOptions {
  /** Only this frame's content script answers (0: the top frame), not the first of all frames. */
  frameId?: number;
  /** Give up after this long: a frozen or hung tab must not hold the caller up. */
  timeoutMs?: number;
}

const isReply = (value: unknown): value is TabReply<TabMessageName> =>
  typeof value === 'object' && value !== null && 'ok' in value;

/**
 * Sends one message of tab-protocol.ts to a tab's content script. Undefined when no reply comes:
 * the tab has none of our content scripts ("Receiving end does not exist": not a mail tab), it
 * took too long, or what answered is not ours. tabs.sendMessage needs no "tabs" permission.
 */
export async function askTab<N extends TabMessageName>(
  tabId: number,
  name: N,
  payload: TabProtocol[N]['req'],
  options: AskOptions = {},
): Promise<TabReply<N> | undefined> {
  const message = { name, payload };
  // Async, so a send that throws at once is a rejection like any other failure.
  const send = async () =>
    options.frameId === undefined
      ? browser.tabs.sendMessage(tabId, message)
      : browser.tabs.sendMessage(tabId, message, { frameId: options.frameId });
  const answer = send().then(
    (reply: unknown) => (isReply(reply) ? (reply as TabReply<N>) : undefined),
    () => undefined,
  );
  if (options.timeoutMs === undefined) return answer;
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, options.timeoutMs, undefined);
    void answer.then(() => clearTimeout(timer));
  });
  return Promise.race([answer, timeout]);
}

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

/** The dashboard, opened in a tab when there is no thread to show (a digest, a phone interview). */
export const DASHBOARD_PATH = 'src/popup/index.html';

export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PATH) });
}

/** Focuses the tab already showing the thread, and its window, else opens the thread's URL. */
export async function openThread(thread: ThreadRef): Promise<void> {
  const open = await findThreadTab(thread);
  if (open?.id === undefined) {
    await browser.tabs.create({ url: thread.url });
    return;
  }
  await browser.tabs.update(open.id, { active: true });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}

/**
 * Opens the interview's thread; false when it has none. A stored URL is opened only if it is on a
 * mail host: storage and imports are not trusted.
 */
export async function openThreadOf(interview: Interview | undefined): Promise<boolean> {
  const thread = interview?.thread;
  if (!thread?.url || !isMailUrl(thread.url)) return false;
  await openThread(thread);
  return true;
}

export async function openInterview(interview: Interview | undefined): Promise<void> {
  if (!(await openThreadOf(interview))) await openDashboard();
}
