import browser from 'webextension-polyfill';

/**
 * The user's own addresses, as mail pages have shown them (account button, title, a compose's
 * From). Remembered so that a page which shows none (no account button, a pop-out) still knows
 * which messages are the user's. Kept on this device only; a bad stored value reads as none.
 */
const KEY = 'identity:userEmails';
const MAX_ADDRESSES = 5;
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function knownUserEmails(): Promise<string[]> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored)
    ? stored.filter((value): value is string => typeof value === 'string' && ADDRESS.test(value))
    : [];
}

/** Adds `email` (newest first, a few at most) and answers every address known now. */
export async function rememberUserEmail(email: string | null): Promise<string[]> {
  const known = await knownUserEmails();
  const address = email?.trim().toLowerCase();
  if (!address || !ADDRESS.test(address) || known[0] === address) return known;
  const next = [address, ...known.filter((other) => other !== address)].slice(0, MAX_ADDRESSES);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
