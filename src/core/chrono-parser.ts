import * as chrono from 'chrono-node/en';
import type { DateParser } from './find-dates';

/**
 * chrono-node behind the DateParser shape. English only for now; this module is imported lazily
 * (it is most of the tag form's weight) so the content script stays small.
 */
export const parseDates: DateParser = (text, reference) =>
  chrono.parse(text, reference, { forwardDate: true }).map((result) => ({
    date: result.start.date(),
    index: result.index,
    text: result.text,
    hasTime: result.start.isCertain('hour'),
    hasDay:
      result.start.isCertain('day') ||
      result.start.isCertain('weekday') ||
      result.tags().has('casualReference') ||
      /\b(today|tomorrow|tonight)\b/i.test(result.text),
  }));
