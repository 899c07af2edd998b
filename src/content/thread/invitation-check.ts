import { MAX_INVITATION_MESSAGES, MAX_INVITATION_TEXT } from '../../messaging/limits';
import { send } from '../../messaging/send';
import type { ThreadSnapshot } from '../hosts/mail-host';
import { newestMessages } from './newest-messages';

/**
 * One question per thread while the page lives: the bar is drawn again on every change the page
 * watcher sees, and mounted again when the mail app redraws the subject.
 */
const answers = new Map<string, Promise<boolean>>();

/** Whether the background reads the thread as an interview invitation (core/invitation.ts). */
export function looksLikeInvitation(
  thread: ThreadSnapshot,
  userEmail: string | null,
): Promise<boolean> {
  const known = answers.get(thread.id);
  if (known) return known;
  // Only what the classifier reads: who sent each message, when, and its text.
  const messages = newestMessages(
    thread.messages,
    MAX_INVITATION_MESSAGES,
    MAX_INVITATION_TEXT,
  ).map(({ senderEmail, dateText, idTime, text }) => ({ senderEmail, dateText, idTime, text }));
  const answer = send('threads/invitation', {
    facts: { subject: thread.subject, messages, userEmail },
  }).catch(() => {
    // A hint is no reason for an error message; a later look at the thread asks again.
    answers.delete(thread.id);
    return false;
  });
  answers.set(thread.id, answer);
  return answer;
}
