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
});

function readLocale(chrono: Chrono, text: string, reference: Date): LocaleMentions {
  const results = chrono.parse(text, reference, { forwardDate: true });
  return {
    mentions: results.map(toMention),
    relative: results.map((result) => result.tags().has('result/relativeDate')),
  };
}

/**
 * "10 h 30" as "10:30  " and "16 h" as "16h ", which the locales read (Spanish took "2 de marzo,
 * 16 h" for March 2, 2016); the same length, so each mention's index still points into the message.
 */
const spacedTimes = (text: string) =>
  text
    .replace(/(?<!\d)(\d{1,2}) ?h ?(\d{2})(?!\d)/g, (whole, hours: string, minutes: string) =>
      `${hours}:${minutes}`.padEnd(whole.length, ' '),
    )
    .replace(/(?<![\d:])(\d{1,2}) h(?![\p{L}\d])/gu, '$1h ');

export const parseDates: DateParser = (text, reference) => {
  const prepared = spacedTimes(text);
  return combineMentions(
    LOCALES.map((chrono) => readLocale(chrono, prepared, reference)),
    prepared,
  ).map((mention) => inContext(mention, prepared, reference));
};
