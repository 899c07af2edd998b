import browser, { type Runtime } from 'webextension-polyfill';
import type { TabMessageName, TabProtocol } from '../messaging/tab-protocol';

/** What this content script does for each message of tab-protocol.ts. */
export type TabHandlers = {
  [N in TabMessageName]: (payload: TabProtocol[N]['req']) => Promise<TabProtocol[N]['res']>;
};

/**
 * Answers the background's messages to this tab. Only this extension's background can send them
 * (runtime.onMessage in a content script never hears web pages), and the sender is checked anyway.
 * Payloads come from the extension itself; handlers still compare them strictly, never trusting
 * their shape. Returns the function that stops listening.
 */
export function listenToBackground(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown };
    // Own keys only: "toString" must not reach an inherited function.
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return undefined;
    const handler = handlers[name as TabMessageName] as (payload: unknown) => Promise<unknown>;
    return handler(payload).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    // Called when the extension is gone, whose API may throw by then; nothing can call it anyway.
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // Gone with the extension.
    }
  };
}
