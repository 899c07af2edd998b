import browser from 'webextension-polyfill';
import type messages from '../../public/_locales/en/messages.json';

/** Keys of the English catalogue, so a typo in a key is a type error rather than a blank label. */
export type MessageKey = keyof typeof messages;

/**
 * Every string looked up so far. A content script whose extension was updated keeps its UI on the
 * page until the new script takes over, but its i18n.getMessage throws from then on ("Extension
 * context invalidated."): a redraw in that moment reuses the text it already showed instead of
 * throwing in the page. A page shows a few dozen distinct strings, so the memo stays small.
 */
const looked = new Map<string, string>();
const MEMO_LIMIT = 500;

/**
 * The UI's one way to a string: browser.i18n picks the user's locale. A missing message comes back
 * as its key, visible, so it is noticed rather than rendered as nothing.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const strings = substitutions.map(String);
  const memoKey = [key, ...strings].join('\u0000');
  let message: string;
  try {
    message = browser.i18n.getMessage(key, strings);
  } catch {
    return looked.get(memoKey) || key;
  }
  if (looked.size >= MEMO_LIMIT) looked.clear();
  looked.set(memoKey, message);
  return message || key;
}

/**
 * Tells assistive technology which language the page speaks: the catalogue's, which is not
 * always the browser's (an Italian browser gets the English catalogue). The HTML says "en".
 */
export function setDocumentLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = t('catalogueLanguage');
}
