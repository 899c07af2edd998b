import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { dispatch, handleMessages, type Handlers } from './handle';
import { deliver, extensionSender, handlersFrom, IGNORED } from './test-support';

/** Every handler echoes its payload, so a test sees exactly what reached it. */
const echoHandlers = (): Handlers => handlersFrom(async (_name, payload) => payload);

/** The given handlers; any other message fails loudly. */
const handlersWith = (overrides: Partial<Handlers>): Handlers => ({
  ...handlersFrom(async (name) => {
    throw new Error(`${name} is not under test`);
  }),
  ...overrides,
});

describe('handleMessages', () => {
  it('answers a valid message from the extension with the handler result', async () => {
    const list = vi.fn(async () => []);
    handleMessages(handlersWith({ 'interviews/list': list }));
    expect(await deliver({ name: 'interviews/list', payload: {} })).toEqual({
      ok: true,
      value: [],
    });
    expect(list).toHaveBeenCalledWith({}, { sender: extensionSender() });
  });

  it('ignores messages from any other sender without running a handler', async () => {
    const list = vi.fn(async () => []);
    handleMessages(handlersWith({ 'interviews/list': list }));
    const message = { name: 'interviews/list', payload: {} };
    expect(await deliver(message, { id: 'another-extension' })).toBe(IGNORED);
    expect(await deliver(message, {})).toBe(IGNORED);
    expect(list).not.toHaveBeenCalled();
  });

  it('stops listening when removed', async () => {
    const remove = handleMessages(echoHandlers());
    remove();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('dispatch', () => {
  const ctx = { sender: extensionSender() };

  it.each<[string, unknown]>([
    ['not an object', 'interviews/list'],
    ['null', null],
    ['no name', { payload: {} }],
    ['a name that is not a string', { name: 3, payload: {} }],
  ])('rejects an envelope that is %s', async (_label, message) => {
    expect(await dispatch(echoHandlers(), message, ctx)).toEqual({
      ok: false,
      error: 'Malformed message: expected { name, payload }',
    });
  });

  it('rejects an unknown message name, including inherited property names', async () => {
    const handlers = handlersWith({});
    for (const name of ['interviews/explode', 'toString', '__proto__']) {
      expect(await dispatch(handlers, { name, payload: {} }, ctx)).toEqual({
        ok: false,
        error: `Unknown message "${name}"`,
      });
    }
  });

  it.each<[string, string, unknown, RegExp]>([
    ['a missing id', 'interviews/get', {}, /id/],
    ['an empty id', 'interviews/get', { id: '' }, /id is required/],
    ['an unknown step', 'steps/done', { id: 'a', step: 'lunch' }, /step/],
    [
      'a snooze time that is text',
      'steps/snooze',
      { id: 'a', step: 'checkIn', until: 'later' },
      /until/,
    ],
    ['a status that does not exist', 'interviews/close', { id: 'a', status: 'ghosted' }, /status/],
    ['no input', 'interviews/create', {}, /input/],
    [
      'an input without company',
      'interviews/create',
      { input: { company: '  ', role: 'R', interviewer: { name: '', email: '' }, start: 1 } },
      /input\.company: Company is required/,
    ],
    [
      'a thread URL off the mail sites',
      'interviews/create',
      {
        input: {
          company: 'Acme',
          role: 'R',
          interviewer: { name: '', email: '' },
          start: 1,
          thread: { provider: 'gmail', threadId: 't', url: 'javascript:alert(1)', subject: '' },
        },
      },
      /input\.thread\.url: Thread URL must be an https address on Gmail or Outlook/,
    ],
    [
      'a bad settings field',
      'settings/update',
      { changes: { checkInDays: -3 } },
      /changes\.checkInDays/,
    ],
    ['a payload that is not an object', 'interviews/list', 'all', /Invalid payload/],
    [
      'more messages than an invitation check reads',
      'threads/invitation',
      {
        facts: {
          subject: 'Interview',
          userEmail: null,
          messages: Array.from({ length: 4 }, () => ({ senderEmail: '', dateText: '', text: '' })),
        },
      },
      /facts\.messages/,
    ],
  ])('rejects %s with a message naming the field', async (_label, name, payload, error) => {
    const handlers = echoHandlers();
    const reply = await dispatch(handlers, { name, payload }, ctx);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatch(new RegExp(`^Invalid payload for "${name}": `));
    expect(reply.error).toMatch(error);
  });

  it('hands the handler the validated payload, trimmed and without unknown keys', async () => {
    const reply = await dispatch(
      echoHandlers(),
      {
        name: 'interviews/create',
        payload: {
          input: {
            company: ' Acme ',
            role: 'R',
            interviewer: { name: 'D', email: '' },
            start: 5,
            x: 1,
          },
          extra: true,
        },
      },
      ctx,
    );
    expect(reply).toEqual({
      ok: true,
      value: {
        input: { company: 'Acme', role: 'R', interviewer: { name: 'D', email: '' }, start: 5 },
      },
    });
  });

  it('turns a handler error into { ok: false, error } instead of throwing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = handlersWith({
      'interviews/get': async () => {
        throw new Error('No interview with id "a"');
      },
    });
    expect(await dispatch(handlers, { name: 'interviews/get', payload: { id: 'a' } }, ctx)).toEqual(
      {
        ok: false,
        error: 'No interview with id "a"',
      },
    );
  });
});
