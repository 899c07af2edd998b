import type { Draft } from '../../core/drafts';
import type { ComposeWindow } from '../hosts/mail-host';
import { earliest, insertAtCaret } from '../insert';

/** Inserts a rendered draft where the user left the caret; false when the body cannot be found. */
export function insertDraft(compose: ComposeWindow, draft: Draft, caret: Range | null): boolean {
  const body = compose.body();
  if (!body) return false;
  const end = earliest(compose.signature(), compose.quote());
  insertAtCaret(body, { text: draft.text, html: draft.html }, caret, end);
  compose.afterInsert?.(body);
  const subject = compose.visibleSubject();
  if (subject && !subject.value.trim() && draft.subject) {
    subject.value = draft.subject;
    // Mail apps keep the subject in their own state: tell them it changed.
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    subject.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return true;
}
