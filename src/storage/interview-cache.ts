import browser, { type Storage } from 'webextension-polyfill';
import type { Interview } from '../core/interview';
import { idFromInterviewKey, isInterviewKey, SCHEMA_VERSION_KEY } from './keys';
import { sameJson } from './same-json';

/**
 * The validated interviews, kept in the worker's memory between messages. Reading 1,000 records
 * from storage.local takes about 100 ms before any validation, and the dashboard asks for all of
 * them each time it opens; the cache makes that a map lookup while the worker lives.
 *
 * It must never be staler than storage. Our own writes update it as they land (write-through).
 * Everything else (another extension page, an import, a test, a migration) is seen through
 * storage.onChanged: a change that matches the cached record is our own echo and is ignored; any
 * other change drops the whole cache, and the next read fills it from storage again. A read that
 * overlaps such a change does not fill the cache (the generation moved on), so it cannot store a
 * snapshot that is already old.
 *
 * Records are frozen, so code that edits a cached record in place throws instead of corrupting
 * every later read.
 */

let records: Map<string, Interview> | null = null;
let generation = 0;
let watching = false;

const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** Our writes under way, by id: the record being written, or null for a removal. */
const writing = new Map<string, Interview | null>();

/** The browser may announce our write before or after the write's promise resolves. */
function isOurEcho(key: string, change: Storage.StorageChange): boolean {
  const id = idFromInterviewKey(key);
  const expected = writing.has(id) ? writing.get(id) : records?.get(id);
  if (expected === undefined && !records) return false;
  if (change.newValue === undefined) return !expected;
  return !!expected && sameJson(expected, change.newValue);
}

function onChanged(changes: Record<string, Storage.StorageChange>, area: string): void {
  if (area !== 'local') return;
  for (const [key, change] of Object.entries(changes)) {
    if (key === SCHEMA_VERSION_KEY || (isInterviewKey(key) && !isOurEcho(key, change))) {
      invalidate();
      return;
    }
  }
}

function watch(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener(onChanged);
}

/** Starts a read of all records: pass the token to `fill` so a read overtaken by a change is not kept. */
export function beginRead(): number {
  watch();
  return generation;
}

export function cachedAll(): Interview[] | null {
  return records ? [...records.values()] : null;
}

export function cachedOne(id: string): Interview | undefined | null {
  return records ? records.get(id) : null;
}

export function fill(token: number, interviews: readonly Interview[]): void {
  if (token !== generation) return;
  records = new Map(interviews.map((interview) => [interview.id, freeze(interview)]));
}

/**
 * Our own write (a record) or removal (null) of one interview, then the cache updated to match.
 * With no cache, a read may be under way with a snapshot from before this write: moving the
 * generation on keeps that snapshot out.
 */
export async function writeThrough(
  id: string,
  value: Interview | null,
  write: () => Promise<void>,
): Promise<void> {
  writing.set(id, value);
  try {
    await write();
  } finally {
    writing.delete(id);
  }
  if (!records) generation++;
  else if (value) records.set(id, freeze(value));
  else records.delete(id);
}

/** Before and after writes of many records, and whenever storage may differ from the cache. */
export function invalidate(): void {
  records = null;
  generation++;
}

/**
 * Wraps a write of many records (import, erase): the cache is dropped before, so no read serves
 * it while the write lands, and after, so no read that began during the write fills it.
 */
export async function around<T>(write: () => Promise<T>): Promise<T> {
  invalidate();
  try {
    return await write();
  } finally {
    invalidate();
  }
}

/** Tests reset the fake browser (and its listeners) between cases; the cache follows. */
export function resetInterviewCache(): void {
  invalidate();
  writing.clear();
  watching = false;
}
