/**
 * chrome.storage.sync's quotas. Chrome counts an item as its key plus its value's JSON, in UTF-8
 * bytes; a write over a quota fails whole. Checking first lets the caller say which template is
 * too long instead of relaying Chrome's generic "QUOTA_BYTES_PER_ITEM quota exceeded".
 */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;
/** What templates may use of the sync area: the rest is left to settings and future keys. */
export const SYNC_TEMPLATE_BUDGET = 90_000;

const encoder = new TextEncoder();

export const syncItemBytes = (key: string, value: unknown): number =>
  encoder.encode(key + JSON.stringify(value)).length;
