import browser from 'webextension-polyfill';

/**
 * storage.local holds 10 MB in Chrome (the extension does not ask for unlimitedStorage; Firefox
 * sets no such limit). Chrome refuses a write over it with "Resource::kQuotaBytes quota exceeded",
 * which means nothing to a user: user writes go through here so the message says what happened
 * and what to do. The write fails whole, so nothing already stored is touched.
 */
export const STORAGE_FULL =
  'Browser storage for this extension is full, so this change was not saved. Export a backup, then delete interviews you no longer need.';

export const isQuotaError = (error: unknown): boolean =>
  /quota/i.test(error instanceof Error ? error.message : String(error));

export async function setLocal(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    if (isQuotaError(error)) throw new Error(STORAGE_FULL, { cause: error });
    throw error;
  }
}
