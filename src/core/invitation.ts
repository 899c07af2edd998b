import { DECISION_WORDS } from './interview-words';
import { messageDate, type DateMention, type DateParser } from './find-dates';
import {
  BULK_WORDS,
  DEADLINE_LEAD,
  INTERVIEW_NAMED,
  INVITE_WORDS,
  OFFER_WORDS,
  REJECTION_WORDS,
  VAGUE_DAY,
} from './invitation-words';
import { isAutomatedSender, isPlatformSender, sameAddress } from './senders';
import type { ThreadMessage } from './thread-facts';

/** What the classifier reads of a thread: no names, only who sent what and when. */
export interface InvitationFacts {
  subject: string;
  messages: Pick<ThreadMessage, 'senderEmail' | 'dateText' | 'idTime' | 'text'>[];
  userEmail: string | null;
}

type Message = InvitationFacts['messages'][number];

/**
 * A sentence ends at ".", "?" or "!" before a capital (not "3. März", not "Di., 3."), or at a line
 * break. Answers where each sentence starts.
 */
const SENTENCE_END = /(?<=[?!]|(?<!\d)\.)\s+(?=[\p{Lu}¿¡])|\n+/gu;

function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length)];
}

/** The mention's sentence with the one before and the one after. */
function around(text: string, starts: readonly number[], index: number): string {
  const at = starts.findLastIndex((start) => start <= index);
  return text.slice(starts[Math.max(0, at - 1)], starts[at + 2] ?? text.length);
}

/**
 * "We'll get back to you by Friday", "please confirm by Friday": a date to decide or answer by,
 * not to meet on.
 */
function isDeadline(text: string, mention: DateMention): boolean {
  if (DEADLINE_LEAD.test(text.slice(Math.max(0, mention.index - 20), mention.index))) return true;
  return [...text.matchAll(DECISION_WORDS)].some((match) => {
    const gap = mention.index - (match.index + match[0].length);
    return gap >= 0 && gap <= 3;
  });
}

/**
 * A day to meet on: not "next week", and not "today" alone, which is mostly the mail speaking of
 * itself ("thanks for speaking with me today"); with a time, either is a proposal.
 */
const namesADay = (mention: DateMention) =>
  mention.hasDay && (mention.hasTime || !VAGUE_DAY.test(mention.text));

/**
 * A job alert, a newsletter, any machine that is not an employer's scheduler. A scheduling
 * platform's or a calendar's invitation is still an invitation.
 */
const isBulk = (message: Message) =>
  BULK_WORDS.test(message.text) ||
  (isAutomatedSender(message.senderEmail) && !isPlatformSender(message.senderEmail));

/** A date with a day, next to both an interview named (or in the subject) and a request to meet. */
function proposesInterview(message: Message, subject: string, parse: DateParser, now: Date) {
  const { text } = message;
  const starts = sentenceStarts(text);
  return parse(text, messageDate(message, now).date).some((mention) => {
    if (!namesADay(mention) || isDeadline(text, mention)) return false;
    const context = `${subject}\n${around(text, starts, mention.index)}`;
    return INTERVIEW_NAMED.test(context) && INVITE_WORDS.test(context);
  });
}

/**
 * Whether a thread reads like an interview invitation: someone other than the user names an
 * interview and a day for it, asking or confirming. Precision first: a rejection or an offer
 * anywhere in what was read, or mail sent to many, says no, as does a date alone or an interview
 * alone. The caller passes the newest few messages; the parser (chrono) is the background's.
 */
export function looksLikeInvitation(facts: InvitationFacts, parse: DateParser, now: Date): boolean {
  const theirs = facts.messages.filter(
    (message) => !sameAddress(message.senderEmail, facts.userEmail),
  );
  if (
    theirs.some((message) => REJECTION_WORDS.test(message.text) || OFFER_WORDS.test(message.text))
  )
    return false;
  return theirs.some(
    (message) => !isBulk(message) && proposesInterview(message, facts.subject, parse, now),
  );
}
