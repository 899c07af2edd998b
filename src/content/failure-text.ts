import { ExtensionGoneError } from '../messaging/extension-gone';
import { t, type MessageKey } from '../ui/i18n';

/**
 * What the page UI says when a call to the background failed: the error inside `key`'s sentence,
 * or, when the extension was updated under the page, only "Interview follow-up was updated: try
 * again", which is no failure of the user's data.
 */
export function failureText(error: unknown, key?: MessageKey): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ExtensionGoneError || !key) return message;
  return t(key, message);
}
