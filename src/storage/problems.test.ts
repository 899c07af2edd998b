import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { QUARANTINE_KEY, SCHEMA_VERSION_KEY } from './keys';
import { SCHEMA_VERSION } from './migrations';
import { listStorageProblems } from './problems';

describe('storage problems', () => {
  it('are the quarantined records when the layout is current', async () => {
    await fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: SCHEMA_VERSION,
      [QUARANTINE_KEY]: [{ key: 'interview:x', value: 1, error: 'bad', at: 5 }],
    });
    expect(await listStorageProblems()).toEqual([
      { key: 'interview:x', value: 1, error: 'bad', at: 5 },
    ]);
  });

  it('name a layout from a newer build first, without writing anything', async () => {
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: SCHEMA_VERSION + 5 });
    const [first, ...rest] = await listStorageProblems();
    expect(first).toMatchObject({ key: SCHEMA_VERSION_KEY, value: SCHEMA_VERSION + 5 });
    expect(first?.error).toMatch(/newer version/);
    expect(rest).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [SCHEMA_VERSION_KEY]: SCHEMA_VERSION + 5,
    });
  });
});
