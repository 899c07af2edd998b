/* Helpers for the unit tests; not part of the extension. */
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from './handle';
import { PAYLOAD_SCHEMAS } from './payloads';
import type { MessageName } from './protocol';

/** What deliver() resolves to when no listener took the message. */
export const IGNORED = Symbol('ignored');

export const extensionSender = (): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/src/popup/index.html`,
});

/**
 * Delivers a message to the runtime.onMessage listeners as Chrome would, with a sender (the
 * fake's own sendMessage passes an empty one), and resolves to the sendResponse answer.
 */
export function deliver(
  message: unknown,
  sender: Runtime.MessageSender = extensionSender(),
): Promise<unknown> {
  // The fake is typed with @wxt-dev/browser's MessageSender, the code with the polyfill's.
  const fakeSender = sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  return new Promise((resolve, reject) => {
    fakeBrowser.runtime.onMessage
      .trigger(message, fakeSender, resolve)
      .then((results: unknown[]) => {
        if (!results.includes(true)) resolve(IGNORED);
      })
      .catch(reject);
  });
}

/** Handlers for every message name, each answering with `answer(name, payload)`. */
export function handlersFrom(
  answer: (name: MessageName, payload: unknown) => Promise<unknown>,
): Handlers {
  const names = Object.keys(PAYLOAD_SCHEMAS) as MessageName[];
  return Object.fromEntries(
    names.map((name) => [name, (payload: unknown) => answer(name, payload)]),
  ) as unknown as Handlers;
}
