import type { Chrono, ParsedResult } from 'chrono-node';
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as pt from 'chrono-node/pt';
import { combineMentions, type LocaleMentions } from './combine-mentions';
import type { DateMention, DateParser } from './find-dates';
import { inContext } from './mention-context';

/**
 * chrono-node behind the DateParser shape, in every language the extension speaks. Background
 * only: chrono is most of the weight, so it never enters the content script.
 */
const LOCALES: readonly Chrono[] = [en.casual, es.casual, de.casual, fr.casual, pt.casual];

/** Words that name a day without a date: chrono marks them as casual references. */
const DAY_WORDS =
  /\b(today|tomorrow|tonight)\b|hoy|mañana|heute|morgen|aujourd|demain|hoje|amanhã/i;

const toMention = (result: ParsedResult): DateMention => ({
  date: result.start.date(),
  index: result.index,
  text: result.text,
  hasTime: result.start.isCertain('hour'),
  hasDay:
    result.start.isCertain('day') ||
    result.start.isCertain('weekday') ||
    [...result.tags()].some((tag) => tag.startsWith('casualReference')) ||
    DAY_WORDS.test(result.text),
  guessedYear: result.start.isCertain('day') && !result.start.isCertain('year'),
  ...(result.start.isCertain('weekday')
    ? { weekday: result.start.get('weekday') ?? undefined }
    : {}),
});

function readLocale(chrono: Chrono, text: string, reference: Date): LocaleMentions {
  const results = chrono.parse(text, reference, { forwardDate: true });
  return {
    mentions: results.map(toMention),
    relative: results.map((result) => result.tags().has('result/relativeDate')),
  };
}

/** Rewrites to forms every locale reads, each of the same length as what it replaces. */
const SAME_LENGTH_REWRITES: readonly [RegExp, (whole: string, ...groups: string[]) => string][] = [
  // French "10 h 30" → "10:30".
  [/(?<!\d)(\d{1,2}) ?h ?(\d{2})(?!\d)/g, (_, hours, minutes) => `${hours}:${minutes}`],
  // "16 h" → "16h": Spanish took "2 de marzo, 16 h" for March 2, 2016.
  [/(?<![\d:])(\d{1,2}) h(?![\p{L}\d])/gu, (_, hours) => `${hours}h`],
  // "a las 10 horas", "às 10 horas" → "10:00": alone, "10 horas" reads as "in ten hours".
  [/(?<=(?:a las|às|as)\s)(\d{1,2}) horas(?!\p{L})/gu, (_, hours) => `${hours}:00`],
  // German "am 5.3." / "05.03." (no year) → "5/3": German's own parser reads it day first.
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g, (_, day, month) => `${day}/${month}`],
];

/** Each mention's index still points into the message, as nothing moves. */
const rewritten = (text: string) =>
  SAME_LENGTH_REWRITES.reduce(
    (sofar, [pattern, rewrite]) =>
      sofar.replace(pattern, (whole: string, ...groups: string[]) =>
        rewrite(whole, ...groups).padEnd(whole.length, ' '),
      ),
    text,
  );

export const parseDates: DateParser = (text, reference) => {
  const prepared = rewritten(text);
  return combineMentions(
    LOCALES.map((chrono) => readLocale(chrono, prepared, reference)),
    prepared,
  ).map((mention) => inContext(mention, prepared, reference));
};
