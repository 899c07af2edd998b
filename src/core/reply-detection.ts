import { isFreeMailDomain } from './free-mail';
import { interviewEnd, type Interview } from './interview';
import { sameAddress } from './senders';

const latest = (interview: Interview, types: readonly string[]): number =>
  interview.events.reduce(
    (max, event) => (types.includes(event.type) ? Math.max(max, event.at) : max),
    Number.NEGATIVE_INFINITY,
  );

/** A thread message as reply detection needs it: who sent it, and when, if the date could be read. */
export interface DatedMessage {
  senderEmail: string;
  /** Epoch ms, or undefined when the page's date could not be read in any known language. */
  at: number | undefined;
}

/**
 * A message sent from this browser shows up in the thread a moment after the step it completed
 * was marked done: a window around each "done" covers the mail site's clock and minute rounding.
 */
const SENT_BEFORE_MS = 2 * 60_000;
const SENT_AFTER_MS = 15 * 60_000;

const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';

/** The employer's people, as the interview knows them: the interviewer and the contacts. */
function employerOf(interview: Interview) {
  const people = [interview.interviewer, ...interview.contacts]
    .map((person) => person.email.toLowerCase())
    .filter(Boolean);
  const domains = people.map(domainOf).filter((domain) => domain && !isFreeMailDomain(domain));
  return {
    isEmployer: (email: string) => people.includes(email) || domains.includes(domainOf(email)),
  };
}

/**
 * The time of an employer message the interview does not know about yet: after the interview
 * ended and after the last reply already recorded, and not the user's own. Nothing is guessed:
 * - a message whose date cannot be read is ignored;
 * - a message dated just after a step was marked done is the one this browser sent, unless the
 *   employer's people or domain wrote it (the user's other addresses are not always known);
 * - when the page could not tell who the user is (no known address), only messages from the
 *   interviewer, a contact or their company's domain count, so the user's own never does.
 */
export function unseenEmployerReply(
  messages: readonly DatedMessage[],
  userEmails: readonly string[],
  interview: Interview,
): number | undefined {
  const after = Math.max(interviewEnd(interview), latest(interview, ['reply']));
  const employer = employerOf(interview);
  const sends = interview.events.filter((event) => event.type === 'done').map((event) => event.at);
  const sentFromHere = (at: number) =>
    sends.some((sent) => at >= sent - SENT_BEFORE_MS && at <= sent + SENT_AFTER_MS);
  let newest: number | undefined;
  for (const { senderEmail, at } of messages) {
    const from = senderEmail.toLowerCase();
    const isUser = userEmails.some((user) => sameAddress(from, user));
    if (!from || isUser || at === undefined || at <= after) continue;
    if (userEmails.length === 0 && !employer.isEmployer(from)) continue;
    if (sentFromHere(at) && !employer.isEmployer(from)) continue;
    if (newest === undefined || at > newest) newest = at;
  }
  return newest;
}

/**
 * True when the page shows messages from others and not one of their times can be read (a UI
 * language whose dates we do not read, and no id that carries a time): a reply on this page
 * would go unnoticed, which the user must be told rather than left to trust the silence.
 */
export function repliesUnnoticeable(
  messages: readonly DatedMessage[],
  userEmails: readonly string[],
): boolean {
  const others = messages.filter(
    ({ senderEmail }) => !userEmails.some((user) => sameAddress(senderEmail.toLowerCase(), user)),
  );
  return others.length > 0 && others.every(({ at }) => at === undefined);
}

/** A recorded reply the user has not answered yet (waiting, offer, rejected or keep reminders). */
export function replyAwaitsAnswer(interview: Interview): boolean {
  const reply = latest(interview, ['reply']);
  return reply > Number.NEGATIVE_INFINITY && reply > latest(interview, ['status', 'resumed']);
}
