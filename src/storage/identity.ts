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

/**
 * The user's name as mail pages show it (the sender name of their own messages, the account
 * button), for the `{myName}` placeholder while Settings has none. The newest reading wins.
 */
const NAME_KEY = 'identity:userName';
const MAX_NAME = 200;

export async function knownUserName(): Promise<string> {
  const stored: unknown = (await browser.storage.local.get(NAME_KEY))[NAME_KEY];
  return typeof stored === 'string' && stored.length <= MAX_NAME ? stored : '';
}

export async function rememberUserName(name: string | null): Promise<void> {
  const clean = name?.replace(/\s+/g, ' ').trim() ?? '';
  if (!clean || clean.length > MAX_NAME || clean === (await knownUserName())) return;
  await browser.storage.local.set({ [NAME_KEY]: clean });
}
