import browser from 'webextension-polyfill';
import { QUARANTINE_KEY } from './keys';
import { createSerial } from './write-queue';

/**
 * Values that failed validation are moved here with the reason, so the user can be told and
 * nothing vanishes silently, while one bad record no longer breaks the list it was in.
 */

export interface QuarantineEntry {
  key: string;
  value: unknown;
  error: string;
}

/** Records that failed validation when read back: kept aside, shown to the user, never dropped. */
export interface QuarantinedRecord extends QuarantineEntry {
  at: number;
}

/** Reads from several contexts may find the same bad record at once; one writer at a time. */
const serial = createSerial();

function isQuarantinedRecord(value: unknown): value is QuarantinedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.key === 'string' &&
    typeof record.error === 'string' &&
    typeof record.at === 'number' &&
    'value' in record
  );
}

/** The quarantine list itself can be damaged: whatever is not a record is kept as one. */
function readList(raw: unknown, now: number): QuarantinedRecord[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    return [
      { key: QUARANTINE_KEY, value: raw, error: 'The quarantine list was not a list', at: now },
    ];
  }
  return raw.map((item: unknown) =>
    isQuarantinedRecord(item)
      ? item
      : { key: QUARANTINE_KEY, value: item, error: 'Malformed quarantine entry', at: now },
  );
}

export async function listQuarantine(): Promise<QuarantinedRecord[]> {
  const stored = await browser.storage.local.get(QUARANTINE_KEY);
  return readList(stored[QUARANTINE_KEY], Date.now());
}

const sameEntry = (a: QuarantinedRecord, b: QuarantineEntry): boolean =>
  a.key === b.key && JSON.stringify(a.value) === JSON.stringify(b.value);

/**
 * Keeps the entries aside and, when `removeKeys`, deletes them from their original keys. The list
 * is written before the keys are removed: a crash in between leaves a duplicate, never a loss.
 */
export function quarantine(
  entries: readonly QuarantineEntry[],
  { removeKeys }: { removeKeys: boolean },
): Promise<void> {
  if (entries.length === 0) return Promise.resolve();
  return serial.run(async () => {
    const now = Date.now();
    const list = await listQuarantine();
    const fresh = entries.filter((entry) => !list.some((known) => sameEntry(known, entry)));
    if (fresh.length > 0) {
      for (const entry of fresh) console.warn(`Quarantined ${entry.key}: ${entry.error}`);
      await browser.storage.local.set({
        [QUARANTINE_KEY]: [...list, ...fresh.map((entry) => ({ ...entry, at: now }))],
      });
    }
    if (removeKeys) await browser.storage.local.remove(entries.map((entry) => entry.key));
  });
}
