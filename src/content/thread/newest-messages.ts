import type { ThreadMessage } from '../../core/thread-facts';

/**
 * The newest `count` messages, each cut to `length` characters: what a question to the background
 * needs of a thread, within the protocol's limits (messaging/limits.ts).
 */
export const newestMessages = <M extends Pick<ThreadMessage, 'text'>>(
  messages: readonly M[],
  count: number,
  length: number,
): M[] =>
  messages.slice(-count).map((message) => ({ ...message, text: message.text.slice(0, length) }));
