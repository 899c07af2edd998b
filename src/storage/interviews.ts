import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { Interview } from '../core/interview';
import * as cache from './interview-cache';
import { describeIssues } from './issues';
import { idFromInterviewKey, interviewKey, isInterviewKey } from './keys';
import { ensureMigrated } from './migrations';
import { quarantine, type QuarantineEntry } from './quarantine';
import { setLocal } from './quota';
import { InterviewSchema } from './schema';
import { writeQueue } from './write-queue';

/**
 * Interview records, one storage.local key each (`interview:<id>`). Every read is validated;
 * a record that fails is moved to the quarantine and left out, so the rest keeps working.
 * Only the background worker calls the writers (it is the single writer, see handlers.ts).
 */

type Checked = { ok: true; interview: Interview } | { ok: false; problem: QuarantineEntry };

function check(key: string, value: unknown): Checked {
  const parsed = v.safeParse(InterviewSchema, value);
  if (!parsed.success) {
    return { ok: false, problem: { key, value, error: describeIssues(parsed.issues) } };
  }
  // A record copied under another key would otherwise be shown twice and updated once.
  if (parsed.output.id !== idFromInterviewKey(key)) {
    const error = `id "${parsed.output.id}" does not match its key`;
    return { ok: false, problem: { key, value, error } };
  }
  return { ok: true, interview: parsed.output };
}

async function checkAll(entries: [string, unknown][]): Promise<Interview[]> {
  const interviews: Interview[] = [];
  const problems: QuarantineEntry[] = [];
  for (const [key, value] of entries) {
    const checked = check(key, value);
    if (checked.ok) interviews.push(checked.interview);
    else problems.push(checked.problem);
  }
  await quarantine(problems, { removeKeys: true });
  return interviews;
}

const byStart = (list: Interview[]): Interview[] => list.sort((a, b) => a.start - b.start);

/**
 * All valid interviews, oldest interview first. Served from the worker's cache when it is warm
 * (interview-cache.ts); the records are frozen: copy, never edit.
 */
export async function getAll(): Promise<Interview[]> {
  const cached = cache.cachedAll();
  if (cached) return byStart(cached);
  const token = cache.beginRead();
  await ensureMigrated();
  const items = await browser.storage.local.get(null);
  const interviews = await checkAll(Object.entries(items).filter(([key]) => isInterviewKey(key)));
  cache.fill(token, interviews);
  return byStart(interviews);
}

export async function get(id: string): Promise<Interview | undefined> {
  const cached = cache.cachedOne(id);
  if (cached !== null) return cached;
  await ensureMigrated();
  const key = interviewKey(id);
  const items = await browser.storage.local.get(key);
  if (items[key] === undefined) return undefined;
  const [interview] = await checkAll([[key, items[key]]]);
  return interview;
}

/** Refuses to write what could not be read back: an invalid record is a bug in the caller. */
export async function put(interview: Interview): Promise<void> {
  await ensureMigrated();
  const parsed = v.safeParse(InterviewSchema, interview);
  if (!parsed.success) {
    throw new Error(`Refusing to store an invalid interview: ${describeIssues(parsed.issues)}`);
  }
  const record = parsed.output;
  await cache.writeThrough(record.id, record, () =>
    setLocal({ [interviewKey(record.id)]: record }),
  );
}

/** Returns whether there was a record to remove. */
export async function remove(id: string): Promise<boolean> {
  await ensureMigrated();
  const key = interviewKey(id);
  const items = await browser.storage.local.get(key);
  if (items[key] === undefined) return false;
  await cache.writeThrough(id, null, () => browser.storage.local.remove(key));
  return true;
}

/**
 * Reads, changes and writes one interview inside the write queue; throws if it does not exist.
 * The change is pure (background/interview-changes.ts); this stamps the id and updatedAt.
 */
export function mutate(
  id: string,
  change: (interview: Interview, now: number) => Interview,
): Promise<Interview> {
  return writeQueue.run(async () => {
    const current = await get(id);
    if (!current) throw new Error(`No interview with id "${id}"`);
    const now = Date.now();
    const next = { ...change(current, now), id, updatedAt: now };
    await put(next);
    return next;
  });
}
