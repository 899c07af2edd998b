import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { deliver } from '../messaging/test-support';
import { SCHEMA_VERSION_KEY } from '../storage/keys';
import { SCHEMA_VERSION } from '../storage/migrations';
import { alarmName } from './alarms';
import written from './fixtures/storage-0.1.0.json';
import { alarms, HOUR, setNow, startWorker } from './test-support';

/**
 * The update path of storage. fixtures/storage-0.1.0.json is what release 0.1.0 (schema v1) wrote,
 * read out of Chromium after it ran: two interviews (one with its thank-you sent, one closed as a
 * rejection), the user's name in the settings, a renamed template (storage.sync), and the
 * panel's collapsed state, which its content script keeps itself. The new worker starts on it
 * and gets onInstalled with reason "update", as after a store update.
 */
/** An hour after 0.1.0 wrote the data: before the feedback request it planned falls due. */
const AFTER_THE_SNAPSHOT = Math.max(...Object.values(written.local).map(updatedAt)) + HOUR;
const GLOBEX_ID = '592aa53f-dd2a-4370-bc54-05725734454b';
/** What this version leaves in storage.local: 0.1.0's data, at the current schema version. */
const migrated = { ...written.local, [SCHEMA_VERSION_KEY]: SCHEMA_VERSION };

function updatedAt(value: unknown): number {
  return typeof value === 'object' && value && 'updatedAt' in value ? Number(value.updatedAt) : 0;
}

async function update(local: Record<string, unknown>): Promise<void> {
  setNow(AFTER_THE_SNAPSHOT);
  await fakeBrowser.storage.local.set(local);
  await fakeBrowser.storage.sync.set(written.sync);
  await startWorker();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
  // The alarms are rebuilt from the records: the rejected interview's feedback request.
  await vi.waitFor(async () => expect(Object.keys(await alarms())).toEqual([alarmName(GLOBEX_ID)]));
}

const ask = async (name: string, payload: object = {}) => {
  const reply = (await deliver({ name, payload })) as { ok: boolean; value?: unknown };
  expect(reply.ok).toBe(true);
  return reply.value;
};

describe('updating from 0.1.0', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps every record, setting and template, readable and unchanged', async () => {
    await update(written.local);
    const views = (await ask('interviews/list')) as { interview: { company: string } }[];
    expect(views.map((view) => view.interview.company).sort()).toEqual(['Acme Corp', 'Globex']);
    expect(await ask('storage/problems')).toEqual([]);
    expect(await ask('settings/get')).toMatchObject({ settings: { myName: 'Alex Morgan' } });
    const { templates } = (await ask('templates/get')) as { templates: { name: string }[] };
    expect(templates.map((template) => template.name)).toContain('My thank-you');
    // Nothing was rewritten but the schema version: v2 (templates per language, an interview's
    // optional language) reads v1's records and English templates where they are.
    expect(written.local[SCHEMA_VERSION_KEY]).toBe(1);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(null)).toEqual(migrated),
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(written.sync);
  });

  it('reads data from before the schema had a version as v1 and marks it', async () => {
    const unversioned = Object.fromEntries(
      Object.entries(written.local).filter(([key]) => key !== SCHEMA_VERSION_KEY),
    );
    await update(unversioned);
    expect(await ask('interviews/list')).toHaveLength(2);
    expect(await ask('storage/problems')).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(migrated);
  });
});
