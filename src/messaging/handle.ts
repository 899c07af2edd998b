import browser, { type Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import { describeIssues } from '../storage/issues';
import { PAYLOAD_SCHEMAS } from './payloads';
import type { MessageName, Reply, Request, Response } from './protocol';

export interface HandlerContext {
  sender: Runtime.MessageSender;
}

/** Plain async functions: testable by calling them, no messaging needed. */
export type Handler<N extends MessageName> = (
  payload: Request<N>,
  ctx: HandlerContext,
) => Promise<Response<N>>;

export type Handlers = { [N in MessageName]: Handler<N> };

const EnvelopeSchema = v.object({ name: v.string(), payload: v.unknown() });

/** Own keys only: "toString" or "__proto__" must not reach an inherited function. */
const isMessageName = (name: string): name is MessageName => Object.hasOwn(PAYLOAD_SCHEMAS, name);

async function run<N extends MessageName>(
  handlers: Handlers,
  name: N,
  payload: unknown,
  ctx: HandlerContext,
): Promise<Reply<Response<N>>> {
  const parsed = v.safeParse(PAYLOAD_SCHEMAS[name], payload);
  if (!parsed.success) {
    return { ok: false, error: `Invalid payload for "${name}": ${describeIssues(parsed.issues)}` };
  }
  return { ok: true, value: await handlers[name](parsed.output, ctx) };
}

/** Validates the envelope and the payload, runs the handler, and never throws. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  ctx: HandlerContext,
): Promise<Reply<unknown>> {
  const envelope = v.safeParse(EnvelopeSchema, message);
  if (!envelope.success) {
    return { ok: false, error: 'Malformed message: expected { name, payload }' };
  }
  const { name, payload } = envelope.output;
  if (!isMessageName(name)) return { ok: false, error: `Unknown message "${name}"` };
  try {
    return await run(handlers, name, payload, ctx);
  } catch (error) {
    console.error(`Handler for "${name}" failed`, error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Installs the one runtime.onMessage listener of the background. Messages from anything but this
 * extension's own pages and content scripts are ignored. Answers go through sendResponse with
 * `return true` rather than a returned Promise: that works in Chrome, under the polyfill, and in
 * @webext-core/fake-browser 2.0.1 (which drops Promise answers). Returns a remover for tests.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: Reply<unknown>) => void,
  ): boolean => {
    if (sender.id !== browser.runtime.id) return false;
    void dispatch(handlers, message, { sender }).then(sendResponse);
    return true;
  };
  // The polyfill types say a sendResponse listener always returns true; false ("not answering")
  // is what Chrome and the polyfill expect from a listener that ignores the message.
  const typed = listener as Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(typed);
  return () => browser.runtime.onMessage.removeListener(typed);
}
