import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Interview } from '../core/interview';
import { makeInterview } from '../core/test-support';
import * as interviews from './interviews';
import { interviewKey, QUARANTINE_KEY, SCHEMA_VERSION_KEY } from './keys';
import { SCHEMA_VERSION } from './migrations';
import { listQuarantine } from './quarantine';

const a = makeInterview({ id: 'a', company: 'Acme', start: 2_000 });
const b = makeInterview({ id: 'b', company: 'Globex', start: 1_000 });

async function storeRaw(key: string, value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set({ [key]: value });
}

describe('interview storage', () => {
  it('stores one key per interview and reads them back, oldest interview first', async () => {
    await interviews.put(a);
    await interviews.put(b);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[interviewKey('a')]).toEqual(a);
    expect(stored[interviewKey('b')]).toEqual(b);
    expect(stored[SCHEMA_VERSION_KEY]).toBe(SCHEMA_VERSION);
    expect((await interviews.getAll()).map((interview) => interview.id)).toEqual(['b', 'a']);
    expect(await interviews.get('a')).toEqual(a);
    expect(await interviews.get('missing')).toBeUndefined();
  });

  it('overwrites on put and reports whether remove found anything', async () => {
    await interviews.put(a);
    await interviews.put({ ...a, company: 'Acme Corp' });
    expect((await interviews.get('a'))?.company).toBe('Acme Corp');
    expect(await interviews.remove('a')).toBe(true);
    expect(await interviews.remove('a')).toBe(false);
    expect(await interviews.getAll()).toEqual([]);
  });

  it('refuses to write an invalid record, with the reason', async () => {
    const broken = { ...a, start: Number.NaN } as Interview;
    await expect(interviews.put(broken)).rejects.toThrow(/start/);
    expect(await fakeBrowser.storage.local.get(interviewKey('a'))).toEqual({});
  });

  it('keeps a typical interview under 2 KB', async () => {
    const typical = makeInterview({
      id: crypto.randomUUID(),
      thread: {
        provider: 'gmail',
        threadId: 'FMfcgzQZTzXbLwKqNnWbqvPqJhvxKrSc',
        url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzXbLwKqNnWbqvPqJhvxKrSc',
        subject: 'Interview for Senior Software Engineer at Acme',
      },
      contacts: [{ name: 'Sam Rivera', email: 'sam.rivera@acme.example', title: 'Recruiter' }],
      notes: 'Talked about the migration to event sourcing; they liked the on-call story.',
      events: [
        { type: 'notified', step: 'thankYou', at: 1_772_560_800_000 },
        { type: 'done', step: 'thankYou', at: 1_772_564_400_000 },
        { type: 'notified', step: 'checkIn', at: 1_773_147_600_000 },
        { type: 'snoozed', step: 'checkIn', until: 1_773_234_000_000, at: 1_773_147_700_000 },
        { type: 'notified', step: 'checkIn', at: 1_773_234_000_000 },
        { type: 'done', step: 'checkIn', at: 1_773_237_600_000 },
      ],
    });
    await interviews.put(typical);
    const stored = await fakeBrowser.storage.local.get(interviewKey(typical.id));
    const bytes = new TextEncoder().encode(
      interviewKey(typical.id) + JSON.stringify(stored[interviewKey(typical.id)]),
    ).length;
    expect(bytes).toBeLessThan(2048);
  });

  describe('corrupt records', () => {
    const missingStart = Object.fromEntries(Object.entries(b).filter(([key]) => key !== 'start'));
    it.each<[string, unknown]>([
      ['a string where the record should be', 'not an interview'],
      ['a number', 42],
      ['an array', [1, 2, 3]],
      ['garbage JSON-ish text', '{"id":"x", company: Acme'],
      ['a field of the wrong type', { ...b, company: 7 }],
      ['a record missing a required field', missingStart],
      ['an unknown status', { ...b, status: 'ghosted' }],
      ['an invalid event', { ...b, events: [{ type: 'done', step: 'thankYou', at: 'soon' }] }],
      ['a record stored under another id', { ...b, id: 'someone-else' }],
    ])('%s is quarantined with its error and the rest keeps working', async (_label, bad) => {
      await interviews.put(a);
      await storeRaw(interviewKey('b'), bad);

      expect((await interviews.getAll()).map((interview) => interview.id)).toEqual(['a']);

      const problems = await listQuarantine();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ key: interviewKey('b'), value: bad });
      expect(problems[0]?.error).not.toBe('');
      // Moved, not copied: the key is free and a second read reports nothing new.
      expect(await fakeBrowser.storage.local.get(interviewKey('b'))).toEqual({});
      await interviews.getAll();
      expect(await listQuarantine()).toHaveLength(1);
      // Writing the good record again still works.
      await interviews.put(b);
      expect((await interviews.getAll()).map((interview) => interview.id)).toEqual(['b', 'a']);
    });

    it('names the failing field in the error', async () => {
      await storeRaw(interviewKey('b'), { ...b, events: [{ type: 'reply', at: 'soon' }] });
      expect(await interviews.get('b')).toBeUndefined();
      const [problem] = await listQuarantine();
      expect(problem?.error).toMatch(/^events\.0\.at: /);
    });

    it('quarantines on a single get as well', async () => {
      await storeRaw(interviewKey('b'), { id: 'b' });
      expect(await interviews.get('b')).toBeUndefined();
      expect((await listQuarantine()).map((problem) => problem.key)).toEqual([interviewKey('b')]);
      expect(await fakeBrowser.storage.local.get(QUARANTINE_KEY)).not.toEqual({});
    });
  });
});
