import browser from 'webextension-polyfill';
import {
  isInterviewKey,
  localTemplatesKey,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  V1_LOCAL_TEMPLATES_KEY,
} from './keys';
import { invalidate } from './interview-cache';
import { quarantine } from './quarantine';

/**
 * The storage layout has a version; each change of layout ships a migration to the next version.
 * Migrations run in order, each on a snapshot of storage.local, and the version is bumped after
 * each one is written, so an interrupted upgrade resumes where it stopped. Write migrations to be
 * idempotent: a crash between writing and bumping the version runs the same one again.
 */
export const SCHEMA_VERSION = 2;

/** The first layout to hold interviews; data without a version key is taken to be this one. */
const FIRST_VERSION = 1;

export interface StorageChanges {
  set?: Record<string, unknown>;
  remove?: string[];
}

export interface Migration {
  /** The version this migration produces; it runs on data at `version - 1`. */
  version: number;
  description: string;
  migrate(items: Readonly<Record<string, unknown>>): StorageChanges;
}

/**
 * v2 speaks several languages. Interviews may name their template language (an optional field,
 * so v1 records are valid v2 records as they are), and templates are one list per language. In
 * storage.sync English keeps its v1 keys, so nothing there moves (and an older version on another
 * device still reads the English list); the local copy kept while sync fails becomes English's
 * of the per-language keys. The version bump itself matters too: an older build that finds v2
 * reports newer data instead of quietly dropping the fields it does not know.
 */
const perLanguageTemplates: Migration = {
  version: 2,
  description: 'Template lists per language: the local English list moves to its own key',
  migrate(items) {
    const v1List = items[V1_LOCAL_TEMPLATES_KEY];
    if (v1List === undefined) return {};
    // A rerun after a crash finds the list already moved and the old key gone, or both: the
    // same value is written again.
    return { set: { [localTemplatesKey('en')]: v1List }, remove: [V1_LOCAL_TEMPLATES_KEY] };
  },
};

/** Append new migrations here, in order. */
export const MIGRATIONS: readonly Migration[] = [perLanguageTemplates];

export interface MigrationResult {
  from: number;
  to: number;
  applied: number[];
  /** Set when storage could not be brought to the target version; reads still work. */
  error?: string;
}

const isVersion = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** v1 wrote these; storage without a version key but with one of them is v1's. */
const holdsData = (items: Record<string, unknown>): boolean =>
  Object.keys(items).some(
    (key) => isInterviewKey(key) || key === QUARANTINE_KEY || key === V1_LOCAL_TEMPLATES_KEY,
  );

async function storedVersion(items: Record<string, unknown>, target: number): Promise<number> {
  const raw = items[SCHEMA_VERSION_KEY];
  if (isVersion(raw)) return raw;
  if (raw !== undefined) {
    // Kept for the user to see; the records themselves are still validated one by one on read.
    await quarantine([{ key: SCHEMA_VERSION_KEY, value: raw, error: 'Not a schema version' }], {
      removeKeys: false,
    });
  }
  return holdsData(items) ? FIRST_VERSION : target;
}

/** Checks that there is exactly one migration for each version between `from` and `target`. */
function planSteps(migrations: readonly Migration[], from: number, target: number): Migration[] {
  const steps: Migration[] = [];
  for (let version = from + 1; version <= target; version++) {
    const matching = migrations.filter((migration) => migration.version === version);
    if (matching.length !== 1) {
      throw new Error(`Expected one migration to v${version}, found ${matching.length}`);
    }
    steps.push(matching[0] as Migration);
  }
  return steps;
}

export async function migrate(
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Promise<MigrationResult> {
  const all = await browser.storage.local.get(null);
  const from = await storedVersion(all, target);
  const result: MigrationResult = { from, to: from, applied: [] };
  if (from > target) {
    // A newer build wrote this (a downgrade): leave it untouched rather than guess.
    return { ...result, error: `Storage is at v${from}, newer than this version (v${target})` };
  }
  try {
    for (const step of planSteps(migrations, from, target)) {
      const items = await browser.storage.local.get(null);
      const changes = step.migrate(items);
      if (changes.set) await browser.storage.local.set(changes.set);
      if (changes.remove?.length) await browser.storage.local.remove(changes.remove);
      await browser.storage.local.set({ [SCHEMA_VERSION_KEY]: step.version });
      result.to = step.version;
      result.applied.push(step.version);
    }
  } catch (error) {
    result.error = `Migration to v${result.to + 1} failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(result.error);
    return result;
  }
  if (all[SCHEMA_VERSION_KEY] !== result.to) {
    await browser.storage.local.set({ [SCHEMA_VERSION_KEY]: result.to });
  }
  return result;
}

let inFlight: Promise<MigrationResult> | undefined;
/** A version a newer build wrote: left alone, and not checked again while it stays the same. */
let newerSeen: number | undefined;

/**
 * Every storage read goes through this: it costs one key read when storage is current, and a
 * worker woken by a message (not by onInstalled) still never reads an old layout. Data from a
 * newer build costs the same one read: without the memo, every read would re-read all storage
 * to decide again to leave it alone.
 */
export async function ensureMigrated(): Promise<void> {
  const stored = (await browser.storage.local.get(SCHEMA_VERSION_KEY))[SCHEMA_VERSION_KEY];
  if (stored === SCHEMA_VERSION || (stored !== undefined && stored === newerSeen)) return;
  inFlight ??= migrate()
    .then((result) => {
      newerSeen = result.from > SCHEMA_VERSION ? result.from : undefined;
      // Migrations rewrite records behind the cache's back.
      if (result.applied.length > 0) invalidate();
      return result;
    })
    .finally(() => {
      inFlight = undefined;
    });
  await inFlight;
}

/** Tests start each case from empty storage. */
export function resetMigrationMemo(): void {
  newerSeen = undefined;
}
