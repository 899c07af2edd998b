import { LANGS, type Lang, type Reading } from './date-words';
import { splitParts, type Numeric, type Parts } from './shown-date-parts';

/**
 * A message's date as Gmail (span.g3's title) and Outlook print it, in en/es/de/fr/pt:
 * "Tue, Mar 3, 2026, 2:00 PM", "Di., 3. März 2026, 14:00", "ter., 3 de mar. de 2026, 14:00",
 * "Tue 3/3/2026 2:00 PM", "Di 03.03.2026 14:00", "Hoy, 10:15". Every language that could have
 * printed the text is tried; the date counts only when all of them agree, so "03/04/2026" with no
 * weekday or month name to tell the language is no date at all (3 April or March 4?). A weekday
 * must fall on the date. A date without a time is its midnight: earlier rather than later, so a
 * reply is never counted as coming after something it may have preceded.
 */
export function parseShownDate(text: string, reference: Date): number | undefined {
  const parts = splitParts(text);
  if (!parts) return undefined;
  const found = new Set<number>();
  for (const lang of languagesOf(parts.words)) {
    for (const picks of assignments(parts.words, lang)) {
      for (const dayFirst of DAY_FIRST[lang]) {
        const at = resolve(parts, picks, dayFirst, reference);
        if (at !== undefined) found.add(at);
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** How each language orders "03/04": English both ways (US month first, UK day first). */
const DAY_FIRST: Readonly<Record<Lang, readonly boolean[]>> = {
  en: [false, true],
  es: [true],
  de: [true],
  fr: [true],
  pt: [true],
};

function languagesOf(words: Reading[][]): readonly Lang[] {
  return LANGS.filter((lang) => words.every((readings) => readings.some((r) => r.lang === lang)));
}

/** Every way to read all the words in one language ("mar, 3 mar": Tuesday and March, or the reverse). */
function assignments(words: Reading[][], lang: Lang): Reading[][] {
  return words.reduce<Reading[][]>(
    (sofar, readings) =>
      sofar.flatMap((picks) => readings.filter((r) => r.lang === lang).map((r) => [...picks, r])),
    [[]],
  );
}

function resolve(
  parts: Parts,
  picks: Reading[],
  dayFirst: boolean,
  reference: Date,
): number | undefined {
  const count = (kind: Reading['kind']) => picks.filter((r) => r.kind === kind).length;
  if (count('month') > 1 || count('weekday') > 1 || count('today') + count('yesterday') > 1) {
    return undefined;
  }
  const day = dayOf(parts, picks, dayFirst, reference);
  const weekday = picks.find((r) => r.kind === 'weekday');
  if (!day || (weekday && day.getDay() !== weekday.value)) return undefined;
  day.setHours(parts.clock?.hours ?? 0, parts.clock?.minutes ?? 0, 0, 0);
  return day.getTime();
}

function dayOf(
  parts: Parts,
  picks: Reading[],
  dayFirst: boolean,
  reference: Date,
): Date | undefined {
  const month = picks.find((r) => r.kind === 'month');
  const relative = picks.find((r) => r.kind === 'today' || r.kind === 'yesterday');
  const named = month !== undefined || parts.day !== undefined || parts.year !== undefined;
  const sources = [named, parts.numeric !== undefined, relative !== undefined].filter(Boolean);
  if (sources.length > 1) return undefined;
  if (relative) return daysBefore(reference, relative.kind === 'yesterday' ? 1 : 0);
  if (parts.numeric) return numericDay(parts.numeric, dayFirst);
  if (named)
    return month && parts.day ? namedDay(month.value, parts.day, parts.year, reference) : undefined;
  const weekday = picks.find((r) => r.kind === 'weekday');
  if (weekday) return lastWeekday(weekday.value, reference);
  // A time alone is today's (Outlook's list); one still to come cannot be.
  const today = daysBefore(reference, 0);
  const clock = parts.clock;
  if (!clock) return undefined;
  return clock.hours * 60 + clock.minutes <= reference.getHours() * 60 + reference.getMinutes()
    ? today
    : undefined;
}

function numericDay({ a, b, c, order }: Numeric, dayFirst: boolean): Date | undefined {
  if (order === 'ymd') return calendarDay(a, b, c);
  return order === 'dmy' || dayFirst ? calendarDay(c, b, a) : calendarDay(c, a, b);
}

/** "Mar 3" without a year is the latest March 3 not after the reference. */
function namedDay(month: number, day: number, year: number | undefined, reference: Date) {
  if (year !== undefined) return calendarDay(year, month + 1, day);
  const thisYear = calendarDay(reference.getFullYear(), month + 1, day);
  if (thisYear && thisYear.getTime() <= reference.getTime()) return thisYear;
  return calendarDay(reference.getFullYear() - 1, month + 1, day);
}

/** Outlook prints "Mon 10:15" for the last week's messages. */
function lastWeekday(weekday: number, reference: Date): Date {
  const back = (reference.getDay() - weekday + 7) % 7;
  return daysBefore(reference, back);
}

const daysBefore = (reference: Date, days: number) =>
  new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() - days);

/** A real day of the calendar (no February 30), month counted from 1. */
function calendarDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : undefined;
}
