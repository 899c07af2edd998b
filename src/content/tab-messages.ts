import browser, { type Runtime } from 'webextension-polyfill';
import type { TabProtocol } from '../messaging/tab-protocol';

type InsertDue = () => Promise<TabProtocol['compose/insert-due']['res']>;

/**
 * Answers the background's messages to this tab. Only this extension's background can send them
 * (runtime.onMessage in a content script never hears web pages), and the sender is checked anyway.
 */
export function listenToBackground(insertDue: InsertDue): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const name = (message as { name?: unknown } | null)?.name;
    if (name !== 'compose/insert-due') return undefined;
    return insertDue().then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  });
}
