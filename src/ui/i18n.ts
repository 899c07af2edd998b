import browser from 'webextension-polyfill';
import type messages from '../../public/_locales/en/messages.json';

/** Keys of the English catalogue, so a typo in a key is a type error rather than a blank label. */
export type MessageKey = keyof typeof messages;

/**
 * The UI's one way to a string: browser.i18n picks the user's locale. A missing message comes back
 * as its key, visible, so it is noticed rather than rendered as nothing.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message || key;
}

/**
 * Tells assistive technology which language the page speaks: the catalogue's, which is not
 * always the browser's (an Italian browser gets the English catalogue). The HTML says "en".
 */
export function setDocumentLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = t('catalogueLanguage');
}
