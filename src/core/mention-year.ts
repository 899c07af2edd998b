/** What a mention was resolved against: the message's own time, or now when the page cannot tell. */
export interface Reference {
  date: Date;
  /** The message's own time (from the site's id or its shown date), not a fallback to now. */
  known: boolean;
}

/** What of a date mention (find-dates' DateMention) tells its year. */
interface YearSignals {
  date: Date;
  guessedYear?: boolean;
  weekday?: number;
}

const DAY_MS = 24 * 3_600_000;
/**
 * Read against now, a year-less date this far ahead is as likely last month's as next year's
 * (chrono always guesses forward): about ten months.
 */
const FAR_AHEAD_MS = 300 * DAY_MS;

/** The same month, day and time in another year; undefined where that day does not exist (Feb 29). */
function inYear(date: Date, year: number): Date | undefined {
  const moved = new Date(date);
  moved.setFullYear(year);
  return moved.getMonth() === date.getMonth() ? moved : undefined;
}

/**
 * The years a weekday may move a year-less date to, nearest first. Against the message's own
 * time, chrono's date is the first after the message; the only other reading a sender means is
 * the one just before it ("thank you for Tuesday, December 30" sent on January 10): a date more
 * than a year away from the message is not what a weekday typo points to. Against now, chrono's
 * forward guess says nothing, so a year or two either way.
 */
const yearShifts = (reference: Reference) => (reference.known ? [-1] : [-1, 1, -2, 2]);

/**
 * A mention whose year is a guess, checked against the other signals in its text: a named weekday
 * must fall on the date, else the nearest year where it does is taken; with none, or with a far
 * guess read against now, the mention is dropped (undefined) rather than fill the form with a
 * wrong date.
 */
export function settleYear<Mention extends YearSignals>(
  mention: Mention,
  reference: Reference,
): Mention | undefined {
  if (!mention.guessedYear) return mention;
  if (mention.weekday === undefined) {
    // No weekday to tell the year: chrono's forward guess stands when the message's time is known
    // (dates in a mail are mostly ahead of it) or when it is within ten months of now; beyond,
    // the mention is as likely a past one (an interview last month) and is not guessed.
    const ahead = mention.date.getTime() - reference.date.getTime();
    return reference.known || ahead <= FAR_AHEAD_MS ? mention : undefined;
  }
  if (mention.date.getDay() === mention.weekday) return mention;
  // A weekday at odds with both readings around the message is a typo in the weekday or in the
  // day; which one the page cannot tell, so no date rather than one a day off.
  for (const shift of yearShifts(reference)) {
    const date = inYear(mention.date, mention.date.getFullYear() + shift);
    if (date?.getDay() === mention.weekday) return { ...mention, date };
  }
  return undefined;
}
