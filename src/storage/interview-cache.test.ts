import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { makeInterview } from '../core/test-support';
import { eraseAll, putMany } from './bulk';
import * as interviews from './interviews';
import { interviewKey, SCHEMA_VERSION_KEY } from './keys';
import { listQuarantine } from './quarantine';

const a = makeInterview({ id: 'a', company: 'Acme', start: 2_000 });
const b = makeInterview({ id: 'b', company: 'Globex', start: 1_000 });

const ids = async () => (await interviews.getAll()).map((interview) => interview.id);
/** storage.onChanged is delivered after the write resolves, as in the browser. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the cache of interviews in the worker', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('serves the second full read from memory', async () => {
    await interviews.put(a);
    await interviews.put(b);
    expect(await ids()).toEqual(['b', 'a']);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await ids()).toEqual(['b', 'a']);
    expect(await interviews.get('a')).toEqual(a);
    expect(await interviews.get('missing')).toBeUndefined();
    expect(get).not.toHaveBeenCalled();
  });

  it('shows its own writes and removals at once', async () => {
    await interviews.put(a);
    await ids();
    await interviews.put({ ...a, company: 'Acme Corp' });
    expect((await interviews.getAll())[0]?.company).toBe('Acme Corp');
    await interviews.remove('a');
    expect(await ids()).toEqual([]);
    await putMany([a, b]);
    expect(await ids()).toEqual(['b', 'a']);
    await eraseAll();
    expect(await ids()).toEqual([]);
  });

  it('sees a write from elsewhere, and quarantines it when it is corrupt', async () => {
    await interviews.put(a);
    await ids();
    await fakeBrowser.storage.local.set({ [interviewKey('b')]: b });
    await settle();
    expect(await ids()).toEqual(['b', 'a']);
    await fakeBrowser.storage.local.set({ [interviewKey('b')]: { ...b, company: 7 } });
    await settle();
    expect(await ids()).toEqual(['a']);
    expect((await listQuarantine()).map((problem) => problem.key)).toEqual([interviewKey('b')]);
    await fakeBrowser.storage.local.remove(interviewKey('a'));
    await settle();
    expect(await ids()).toEqual([]);
  });

  it('ignores the echo of its own write: the next read needs no storage', async () => {
    await interviews.put(a);
    await ids();
    await interviews.put({ ...a, notes: 'Asked about on-call' });
    await settle();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await interviews.get('a'))?.notes).toBe('Asked about on-call');
    expect(get).not.toHaveBeenCalled();
  });

  it('does not keep a snapshot that a write overtook', async () => {
    await interviews.put(a);
    // The full read takes its snapshot, then holds it until our write has landed.
    const local = fakeBrowser.storage.local;
    const realGet = local.get.bind(local);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(local, 'get').mockImplementation(async (keys?: unknown) => {
      const snapshot = await realGet(keys as string);
      if (keys === null) await held;
      return snapshot;
    });
    const reading = interviews.getAll();
    await settle();
    await interviews.put({ ...a, company: 'Acme Corp' });
    release();
    expect((await reading)[0]?.company).toBe('Acme');
    vi.restoreAllMocks();
    expect((await interviews.get('a'))?.company).toBe('Acme Corp');
    expect((await interviews.getAll())[0]?.company).toBe('Acme Corp');
  });

  it('hands out frozen records, so an edit in place fails loudly', async () => {
    await interviews.put(a);
    const [cached] = await interviews.getAll();
    expect(() => {
      (cached as { company: string }).company = 'Changed';
    }).toThrow(TypeError);
    expect(() => (cached?.events as unknown[]).push({})).toThrow(TypeError);
  });

  it('reads data from a newer build once, not on every write', async () => {
    await fakeBrowser.storage.local.set({ [SCHEMA_VERSION_KEY]: 99 });
    await interviews.put(a);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await interviews.put(b);
    await interviews.put({ ...b, company: 'Globex Corp' });
    // One key read per write (the version), never all of storage again.
    expect(get.mock.calls.map(([keys]) => keys)).toEqual([SCHEMA_VERSION_KEY, SCHEMA_VERSION_KEY]);
  });
});
