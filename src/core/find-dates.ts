import { DECISION_WORDS, INTERVIEW_WORDS } from './interview-words';
import { messageTime } from './message-time';
import { settleYear, type Reference } from './mention-year';
import type { ThreadFacts, ThreadMessage } from './thread-facts';

/**
 * A date a parser found in text. The parser itself (chrono-node) is passed in by the caller, the
 * background's handlers: the content script never bundles it.
 */
export interface DateMention {
  date: Date;
  index: number;
  text: string;
  /** The text named a time of day ("2:00 PM"). */
  hasTime: boolean;
  /** The text named a day ("Tuesday", "March 3", "tomorrow"). */
  hasDay: boolean;
  /** The text named a day of the month but no year: the year is the parser's guess. */
  guessedYear?: boolean;
  /** The weekday the text named (0 = Sunday), a second signal for the date. */
  weekday?: number;
}

export type DateParser = (text: string, reference: Date) => DateMention[];

/**
 * The message's own date, as the reference for "Tuesday" or "tomorrow" in its text; now when the
 * page's date cannot be read for sure, and then `known` says so: a year-less date read against now
 * is only a guess.
 */
export function messageDate(
  message: Pick<ThreadMessage, 'dateText' | 'idTime'>,
  now: Date,
): Reference {
  const at = messageTime(message.idTime, [message.dateText], now);
  return at === undefined ? { date: now, known: false } : { date: new Date(at), known: true };
}

/** A text's mentions, each year checked against its weekday and the message's reference. */
function mentionsIn(text: string, reference: Reference, parse: DateParser) {
  return parse(text, reference.date).flatMap((mention) => settleYear(mention, reference) ?? []);
}

function nearInterviewWords(text: string, mention: DateMention): boolean {
  const before = text.slice(Math.max(0, mention.index - 80), mention.index);
  const after = text.slice(mention.index, mention.index + mention.text.length + 40);
  return INTERVIEW_WORDS.test(before) || INTERVIEW_WORDS.test(after);
}

/**
 * The interview's start: a mention with both a day and a time, preferring one next to words like
 * "interview" or "call", and the newest message (a rescheduled time wins over the first proposal).
 */
export function findInterviewDate(
  facts: ThreadFacts,
  parse: DateParser,
  now: Date,
): Date | undefined {
  let best: { date: Date; score: number } | undefined;
  const newestFirst = [...facts.messages].reverse();
  newestFirst.forEach((message, age) => {
    for (const mention of mentionsIn(message.text, messageDate(message, now), parse)) {
      if (!mention.hasTime || !mention.hasDay) continue;
      const score = (nearInterviewWords(message.text, mention) ? 100 : 0) - age;
      if (!best || score > best.score) best = { date: mention.date, score };
    }
  });
  return best?.date;
}

/** "We'll get back to you by Friday": the date the employer said they would decide by. */
export function findDecisionDate(
  facts: ThreadFacts,
  parse: DateParser,
  now: Date,
): Date | undefined {
  for (const message of [...facts.messages].reverse()) {
    const reference = messageDate(message, now);
    for (const match of message.text.matchAll(DECISION_WORDS)) {
      const from = (match.index ?? 0) + match[0].length;
      const mention = mentionsIn(message.text.slice(from, from + 60), reference, parse)[0];
      if (mention && mention.index <= 3 && mention.hasDay) return mention.date;
    }
  }
  return undefined;
}
