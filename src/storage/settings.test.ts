import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { DEFAULT_PLAN_SETTINGS } from '../core/settings';
import { SETTINGS_KEY } from './keys';
import { listQuarantine } from './quarantine';
import { DEFAULT_SETTINGS, getSettings, readSettings, saveSettings } from './settings';

const syncStored = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
const localStored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];

describe('settings', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('are the plan defaults plus an empty name when nothing is stored', async () => {
    expect(DEFAULT_SETTINGS).toEqual({ ...DEFAULT_PLAN_SETTINGS, myName: '', signature: '' });
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS, source: 'default' });
  });

  it('merge what is stored in sync over the defaults', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { checkInDays: 10, myName: 'Alex' } });
    expect(await readSettings()).toEqual({
      settings: { ...DEFAULT_SETTINGS, checkInDays: 10, myName: 'Alex' },
      source: 'sync',
    });
  });

  it('reset only the invalid fields, keeping the original in the quarantine', async () => {
    const stored = { checkInDays: 'soon', maxFollowUps: 5, quietHours: { enabled: 'yes' } };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: stored });

    const read = await readSettings();
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, maxFollowUps: 5 });
    expect(read.error).toMatch(/checkInDays/);
    expect(read.error).toMatch(/quietHours/);
    expect(await listQuarantine()).toMatchObject([{ key: 'sync:settings', value: stored }]);
    // Cleaned once: the next read is quiet.
    expect(await syncStored()).toEqual(read.settings);
    expect((await readSettings()).error).toBeUndefined();
  });

  it('survive a settings value that is not an object at all', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await listQuarantine()).toHaveLength(1);
  });

  it('save to sync and read back', async () => {
    const saved = await saveSettings({ businessDaysOnly: true, myName: 'Alex' });
    expect(saved).toEqual({
      settings: { ...DEFAULT_SETTINGS, businessDaysOnly: true, myName: 'Alex' },
      storedIn: 'sync',
    });
    expect(await syncStored()).toEqual(saved.settings);
    expect(await getSettings()).toEqual(saved.settings);
  });

  it('reject an invalid change with the field named, storing nothing', async () => {
    await expect(saveSettings({ maxFollowUps: -1 })).rejects.toThrow(/maxFollowUps/);
    expect(await syncStored()).toBeUndefined();
  });

  it('fall back to local storage with a clear error when sync fails, and prefer that copy', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    const saved = await saveSettings({ checkInDays: 5 });
    expect(saved.storedIn).toBe('local');
    expect(saved.error).toBe('sync storage is full.');
    expect(await localStored()).toEqual(saved.settings);
    expect(await readSettings()).toEqual({ settings: saved.settings, source: 'local' });

    // Sync works again: the next save goes there and the local copy is dropped.
    const again = await saveSettings({ secondCheckInDays: 12 });
    expect(again).toMatchObject({ storedIn: 'sync', settings: { checkInDays: 5 } });
    expect(await localStored()).toBeUndefined();
    expect(await readSettings()).toMatchObject({
      source: 'sync',
      settings: { secondCheckInDays: 12 },
    });
  });

  it('use the defaults with an error when sync cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync is disabled'));
    const read = await readSettings();
    expect(read).toMatchObject({ settings: DEFAULT_SETTINGS, source: 'default' });
    expect(read.error).toMatch(/sync is disabled/);
  });
});
