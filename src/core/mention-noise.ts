import type { DateMention } from './find-dates';

/** "Guten Morgen", "am Morgen", "de la mañana": the word for tomorrow used as "morning". */
const MORNING_NOUN = /^(?:morgen|mañana)\b/iu;
const BEFORE_MORNING_NOUN =
  /(?:guten|heute|gestern|jeden|diesen|am|la|esta|cada|de la|por la)\s+$/iu;

/**
 * Readings no mail means: "14h" or "10 horas" taken as "in 14 hours" (a time of day, or a
 * length); a lone two- or
 * three-letter word taken as a weekday ("mar" is French Tuesday) in running text of another
 * language; German's "do"/"so"/"mi" (Thursday, Sunday, Wednesday), which Germans capitalise, found
 * lower-case in "we could do 3pm"; and "Guten Morgen" read as "tomorrow". Dates shown with
 * abbreviations are read whole by their own locale.
 */
export function isNoise(mention: DateMention, relative: boolean, text: string): boolean {
  return (
    (relative && /^\s*\d+\s*\p{L}+\s*$/u.test(mention.text)) ||
    /^\s*\p{L}{1,3}\.?\s*$/u.test(mention.text) ||
    /(?:^|\s)(?:so|mo|di|mi|do|fr|sa)\.?(?:\s|$)/.test(mention.text) ||
    (MORNING_NOUN.test(mention.text) &&
      BEFORE_MORNING_NOUN.test(text.slice(Math.max(0, mention.index - 12), mention.index)))
  );
}
