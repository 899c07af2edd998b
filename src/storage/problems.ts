import browser from 'webextension-polyfill';
import { SCHEMA_VERSION_KEY } from './keys';
import { SCHEMA_VERSION } from './migrations';
import { listQuarantine, type QuarantinedRecord } from './quarantine';

/**
 * What the user is told about stored data: the quarantined records, and first a layout written by
 * a newer build (a downgrade). Migrations leave such data untouched, so it is reported here, on
 * every read, without being written anywhere: it is a fact about storage, not a kept-aside value.
 */
export async function listStorageProblems(): Promise<QuarantinedRecord[]> {
  const [stored, quarantined] = await Promise.all([
    browser.storage.local.get(SCHEMA_VERSION_KEY),
    listQuarantine(),
  ]);
  const version = stored[SCHEMA_VERSION_KEY];
  if (typeof version !== 'number' || version <= SCHEMA_VERSION) return quarantined;
  const newer: QuarantinedRecord = {
    key: SCHEMA_VERSION_KEY,
    value: version,
    error: `Saved by a newer version of the extension (storage v${version}, this one reads v${SCHEMA_VERSION}): update it to see everything.`,
    at: Date.now(),
  };
  return [newer, ...quarantined];
}
