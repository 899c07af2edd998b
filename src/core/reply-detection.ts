import { interviewEnd, type Interview } from './interview';
import type { ThreadMessage } from './thread-facts';

const latest = (interview: Interview, types: readonly string[]): number =>
  interview.events.reduce(
    (max, event) => (types.includes(event.type) ? Math.max(max, event.at) : max),
    Number.NEGATIVE_INFINITY,
  );

/**
 * The time of an employer message the interview does not know about yet: sent by someone other
 * than the user, after the interview ended and after the last reply already recorded. Messages
 * whose date cannot be read are ignored rather than guessed.
 */
export function unseenEmployerReply(
  messages: readonly ThreadMessage[],
  userEmail: string | null,
  interview: Interview,
): number | undefined {
  const after = Math.max(interviewEnd(interview), latest(interview, ['reply']));
  const user = userEmail?.toLowerCase();
  let newest: number | undefined;
  for (const message of messages) {
    const from = message.senderEmail.toLowerCase();
    if (!from || from === user) continue;
    const at = Date.parse(message.dateText);
    if (Number.isNaN(at) || at <= after) continue;
    if (newest === undefined || at > newest) newest = at;
  }
  return newest;
}

/** A recorded reply the user has not answered yet (waiting, offer, rejected or keep reminders). */
export function replyAwaitsAnswer(interview: Interview): boolean {
  const reply = latest(interview, ['reply']);
  return reply > Number.NEGATIVE_INFINITY && reply > latest(interview, ['status', 'resumed']);
}
