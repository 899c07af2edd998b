import browser from 'webextension-polyfill';
import { explainFailure } from './extension-gone';
import type { Message, MessageName, Reply, Request, Response } from './protocol';

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  return reply.ok === true
    ? 'value' in reply
    : reply.ok === false && typeof reply.error === 'string';
}

/**
 * Asks the background (from a page or a content script) and returns its answer. A refusal
 * (`{ok: false}`) becomes a thrown Error carrying the background's message, so callers handle
 * failures with try/catch like any other async call. A content script whose extension was updated
 * or turned off gets an ExtensionGoneError, which callers show as a note rather than a failure.
 */
export async function send<N extends MessageName>(
  name: N,
  payload: Request<N>,
): Promise<Response<N>> {
  const message: Message<N> = { name, payload };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch (error) {
    throw explainFailure(error);
  }
  if (!isReply(reply)) throw new Error(`No answer to "${name}" from the background`);
  if (!reply.ok) throw new Error(reply.error);
  // The background validated its input and typed its handlers against the same protocol.
  return reply.value as Response<N>;
}
