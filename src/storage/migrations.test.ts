import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { BUILT_IN_TEMPLATES } from '../core/built-in-templates';
import { makeInterview } from '../core/test-support';
import * as interviews from './interviews';
import { interviewKey, SCHEMA_VERSION_KEY } from './keys';
import { ensureMigrated, migrate, MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { listQuarantine } from './quarantine';
import { readTemplates } from './templates';

/** Test layouts: v2 renames `company` to `employer`, v3 adds a `tags` list. */
const toV2: Migration = {
  version: 2,
  description: 'rename company to employer',
  migrate(items) {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith('interview:')) continue;
      const { company, ...rest } = value as Record<string, unknown>;
      set[key] = { ...rest, employer: company };
    }
    return { set };
  },
};
const toV3: Migration = {
  version: 3,
  description: 'add tags, drop a legacy key',
  migrate(items) {
    const set: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(items)) {
      if (key.startsWith('interview:')) set[key] = { ...(value as object), tags: [] };
    }
    return { set, remove: ['legacy'] };
  },
};

const stored = () => fakeBrowser.storage.local.get(null);

describe('migrations', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('ships a contiguous list ending at the current version', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.version).toBe(index + 2));
    expect(MIGRATIONS.at(-1)?.version ?? 1).toBe(SCHEMA_VERSION);
  });

  it('stamps a fresh install with the current version and migrates nothing', async () => {
    const result = await migrate([toV2, toV3], 3);
    expect(result).toEqual({ from: 3, to: 3, applied: [] });
    expect((await stored())[SCHEMA_VERSION_KEY]).toBe(3);
  });

  it('runs each pending migration in order and bumps the version after each', async () => {
    await fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: 1,
      [interviewKey('a')]: { id: 'a', company: 'Acme' },
      legacy: true,
    });
    // Listed out of order on purpose: order comes from the versions.
    const result = await migrate([toV3, toV2], 3);
    expect(result).toEqual({ from: 1, to: 3, applied: [2, 3] });
    expect(await stored()).toEqual({
      [SCHEMA_VERSION_KEY]: 3,
      [interviewKey('a')]: { id: 'a', employer: 'Acme', tags: [] },
    });
  });

  it('starts from the stored version, skipping migrations already applied', async () => {
    await fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: 2,
      [interviewKey('a')]: { id: 'a', employer: 'Acme' },
    });
    expect(await migrate([toV2, toV3], 3)).toEqual({ from: 2, to: 3, applied: [3] });
    expect((await stored())[interviewKey('a')]).toEqual({ id: 'a', employer: 'Acme', tags: [] });
  });

  it('treats data without a version as the first layout', async () => {
    await fakeBrowser.storage.local.set({ [interviewKey('a')]: { id: 'a', company: 'Acme' } });
    expect(await migrate([toV2], 2)).toMatchObject({ from: 1, to: 2, applied: [2] });
  });

  it('stops at a failing migration, keeping the last good version and the data', async () => {
    await fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: 1,
      [interviewKey('a')]: { id: 'a', company: 'Acme' },
    });
    const failing: Migration = {
      version: 3,
      description: 'throws',
      migrate: () => {
        throw new Error('disk on fire');
      },
    };
    const result = await migrate([toV2, failing], 3);
    expect(result).toMatchObject({ from: 1, to: 2, applied: [2] });
    expect(result.error).toMatch(/v3.*disk on fire/);
    expect((await stored())[SCHEMA_VERSION_KEY]).toBe(2);
    expect((await stored())[interviewKey('a')]).toEqual({ id: 'a', employer: 'Acme' });
  });

  it('refuses a gap in the list without touching anything', async () => {
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: 1, legacy: true });
    const result = await migrate([toV3], 3);
    expect(result.error).toMatch(/v2/);
    expect(await stored()).toEqual({ [SCHEMA_VERSION_KEY]: 1, legacy: true });
  });

  it('leaves data from a newer version alone and says so', async () => {
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: 7, legacy: true });
    const result = await migrate([toV2], 2);
    expect(result.error).toMatch(/newer/);
    expect(await stored()).toEqual({ [SCHEMA_VERSION_KEY]: 7, legacy: true });
  });

  it('quarantines a garbage version and migrates from the first layout', async () => {
    await fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: 'two',
      [interviewKey('a')]: { id: 'a', company: 'Acme' },
    });
    expect(await migrate([toV2], 2)).toMatchObject({ from: 1, to: 2 });
    expect(await listQuarantine()).toMatchObject([{ key: SCHEMA_VERSION_KEY, value: 'two' }]);
  });

  it('runs before the first read of interviews', async () => {
    const interview = makeInterview({ id: 'a' });
    await fakeBrowser.storage.local.set({ [interviewKey('a')]: interview });
    expect(await interviews.getAll()).toEqual([interview]);
    expect((await stored())[SCHEMA_VERSION_KEY]).toBe(SCHEMA_VERSION);
  });

  it('costs one key read once storage is current', async () => {
    await ensureMigrated();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await ensureMigrated();
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith(SCHEMA_VERSION_KEY);
  });
});

describe('migration to v2: template lists per language', () => {
  /** What the v1 build wrote: an interview with no language, English templates kept locally. */
  const v1Interview = makeInterview({ id: 'a' });
  const v1Templates = [
    { ...BUILT_IN_TEMPLATES[0], body: 'Thanks, {firstName}! (edited)' },
    { id: 'custom-1', name: 'Mine', step: 'checkIn', subject: 'Hi', body: 'Any news?' },
  ];
  const writeV1 = () =>
    fakeBrowser.storage.local.set({
      [SCHEMA_VERSION_KEY]: 1,
      [interviewKey('a')]: v1Interview,
      'templates:local': v1Templates,
    });

  it('moves the local English list to its own key and keeps the interviews as they are', async () => {
    await writeV1();
    expect(await migrate()).toEqual({ from: 1, to: 2, applied: [2] });
    expect(await stored()).toEqual({
      [SCHEMA_VERSION_KEY]: 2,
      [interviewKey('a')]: v1Interview,
      'templates:local:en': v1Templates,
    });
  });

  it('serves what v1 stored: the edited English templates, the interview, Spanish built-ins', async () => {
    await writeV1();
    expect(await readTemplates('en')).toEqual({ templates: v1Templates, source: 'local' });
    expect((await readTemplates('es')).templates[0]?.name).toBe('Mensaje de agradecimiento');
    const [interview] = await interviews.getAll();
    expect(interview).toEqual(v1Interview);
    expect(interview?.language).toBeUndefined();
  });

  it('finds v1 data that never got a version key, and is safe to run twice', async () => {
    await fakeBrowser.storage.local.set({ 'templates:local': v1Templates });
    expect(await migrate()).toMatchObject({ from: 1, to: 2 });
    const items = await stored();
    const again = MIGRATIONS[0]?.migrate({ ...items, 'templates:local': v1Templates });
    expect(again).toEqual({
      set: { 'templates:local:en': v1Templates },
      remove: ['templates:local'],
    });
    expect(MIGRATIONS[0]?.migrate(items)).toEqual({});
  });
});
