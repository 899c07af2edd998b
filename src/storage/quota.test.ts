import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { setLocal, STORAGE_FULL } from './quota';

describe('setLocal', () => {
  it('writes like storage.local.set', async () => {
    await setLocal({ a: 1 });
    expect(await fakeBrowser.storage.local.get('a')).toEqual({ a: 1 });
  });

  it('turns Chrome’s quota error into words a user understands', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    await expect(setLocal({ a: 1 })).rejects.toThrow(STORAGE_FULL);
  });

  it('passes other errors through', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(setLocal({ a: 1 })).rejects.toThrow('IO error');
  });
});
