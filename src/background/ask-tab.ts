import browser from 'webextension-polyfill';
import type { TabMessageName, TabProtocol, TabReply } from '../messaging/tab-protocol';

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
