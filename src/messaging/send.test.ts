import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { ExtensionGoneError } from './extension-gone';
import { handleMessages } from './handle';
import { send } from './send';
import { deliver, handlersFrom } from './test-support';

describe('send', () => {
  beforeEach(() => {
    // Route through the listeners with a real sender, as Chrome does.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) =>
      deliver(message),
    );
  });

  it('sends { name, payload } and resolves to the value', async () => {
    const answer = vi.fn(async () => null);
    handleMessages(handlersFrom(answer));
    await expect(send('interviews/get', { id: 'a' })).resolves.toBeNull();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      name: 'interviews/get',
      payload: { id: 'a' },
    });
    expect(answer).toHaveBeenCalledWith('interviews/get', { id: 'a' });
  });

  it('throws the background error message when the answer is ok: false', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handleMessages(
      handlersFrom(async () => {
        throw new Error('No interview with id "a"');
      }),
    );
    await expect(send('interviews/get', { id: 'a' })).rejects.toThrow('No interview with id "a"');
  });

  it('throws when nobody answers in the protocol', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValueOnce(undefined);
    await expect(send('interviews/list', {})).rejects.toThrow(/No answer to "interviews\/list"/);
    // Half a reply: ok without a value.
    vi.mocked(fakeBrowser.runtime.sendMessage).mockResolvedValueOnce({ ok: true } as never);
    await expect(send('interviews/list', {})).rejects.toThrow(/No answer/);
  });

  it('rejects with the update note when the extension is gone, as Chrome throws then', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    const sent = send('interviews/list', {});
    await expect(sent).rejects.toBeInstanceOf(ExtensionGoneError);
    await expect(sent).rejects.toThrow('Interview follow-up was updated: try again');
  });
});
