import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { isQuotaError, setLocal, STORAGE_FULL } from './quota';

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

describe('isQuotaError', () => {
  // Settings fall back to storage.local on a full storage.sync by this test, in both browsers.
  it.each([
    ['Chrome, storage.local', 'Resource::kQuotaBytes quota exceeded'],
    ['Chrome, storage.sync', 'QUOTA_BYTES_PER_ITEM quota exceeded'],
    // As Firefox 153 rejects a storage.sync item over 8,192 bytes.
    [
      'Firefox, storage.sync',
      'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
    ],
  ])('recognises %s', (_, message) => {
    expect(isQuotaError(new Error(message))).toBe(true);
  });

  it('is false for other errors', () => {
    expect(isQuotaError(new Error('IO error'))).toBe(false);
  });
});
