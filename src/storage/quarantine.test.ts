import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { QUARANTINE_KEY } from './keys';
import { listQuarantine, quarantine } from './quarantine';

describe('quarantine', () => {
  it('appends entries with a time, removing their keys only when asked', async () => {
    await fakeBrowser.storage.local.set({ one: 1, two: 2 });
    await quarantine([{ key: 'one', value: 1, error: 'bad one' }], { removeKeys: true });
    await quarantine([{ key: 'two', value: 2, error: 'bad two' }], { removeKeys: false });
    const list = await listQuarantine();
    expect(list.map(({ key, error }) => ({ key, error }))).toEqual([
      { key: 'one', error: 'bad one' },
      { key: 'two', error: 'bad two' },
    ]);
    expect(list.every((record) => typeof record.at === 'number')).toBe(true);
    expect(await fakeBrowser.storage.local.get(['one', 'two'])).toEqual({ one: undefined, two: 2 });
  });

  it('records the same bad value once, even when reported concurrently', async () => {
    const entry = { key: 'k', value: { a: 1 }, error: 'bad' };
    await Promise.all([
      quarantine([entry], { removeKeys: false }),
      quarantine([entry], { removeKeys: false }),
      quarantine([{ ...entry, value: { a: 2 } }], { removeKeys: false }),
    ]);
    expect((await listQuarantine()).map((record) => record.value)).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('keeps a damaged quarantine list as records instead of losing it', async () => {
    await fakeBrowser.storage.local.set({ [QUARANTINE_KEY]: 'not a list' });
    expect(await listQuarantine()).toMatchObject([{ key: QUARANTINE_KEY, value: 'not a list' }]);

    await fakeBrowser.storage.local.set({
      [QUARANTINE_KEY]: [{ key: 'ok', value: 1, error: 'e', at: 1 }, 17],
    });
    expect(await listQuarantine()).toMatchObject([
      { key: 'ok', value: 1, error: 'e', at: 1 },
      { key: QUARANTINE_KEY, value: 17 },
    ]);
  });
});
