import { FILLER, readingsOf, type Reading } from './date-words';

/** A shown date taken apart: its time, a numeric date, a day number, a year, and name words. */
interface Clock {
  hours: number;
  minutes: number;
}
type Order = 'ymd' | 'dmy' | 'either';
export interface Numeric {
  a: number;
  b: number;
  c: number;
  order: Order;
}
export interface Parts {
  clock?: Clock;
  numeric?: Numeric;
  day?: number;
  year?: number;
  /** Each name word's possible readings. */
  words: Reading[][];
}

const TIME = /(\d{1,2})[:h](\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\.?(?!\p{L}))?/iu;
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
/** Dots are day first wherever they are used (de, fr, pt); slashes and dashes depend on the language. */
const NUMERIC = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const TOKEN = /\p{L}+(?:['’-]\p{L}+)*|\d+/gu;

export function splitParts(raw: string): Parts | undefined {
  // Gmail adds "(2 days ago)"; Chrome prints a narrow no-break space before "PM".
  let text = raw.replace(/\([^)]*\)/g, ' ').replace(/[\u00a0\u202f\u2009]/g, ' ');
  const parts: Parts = { words: [] };
  const iso = ISO.exec(text);
  const numeric = iso ?? NUMERIC.exec(text);
  if (numeric) {
    parts.numeric = iso
      ? { a: Number(iso[1]), b: Number(iso[2]), c: Number(iso[3]), order: 'ymd' }
      : fromNumeric(numeric);
    text = text.replace(numeric[0], ' ');
  }
  const time = TIME.exec(text);
  if (time) {
    const clock = clockOf(time);
    if (!clock) return undefined;
    parts.clock = clock;
    text = text.replace(time[0], ' ');
  }
  for (const [token] of text.matchAll(TOKEN)) {
    if (!addToken(parts, token)) return undefined;
  }
  return parts;
}

const fromNumeric = (match: RegExpExecArray): Numeric => ({
  a: Number(match[1]),
  b: Number(match[3]),
  c: fullYear(Number(match[4])),
  order: match[2] === '.' ? 'dmy' : 'either',
});

const fullYear = (year: number) => (year < 100 ? 2000 + year : year);

function clockOf(match: RegExpExecArray): Clock | undefined {
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem && (hours < 1 || hours > 12)) return undefined;
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? { hours, minutes } : undefined;
}

/** False for a token that says the text is no date this parser knows. */
function addToken(parts: Parts, token: string): boolean {
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    if (token.length === 4 && parts.year === undefined) parts.year = value;
    else if (token.length <= 2 && value >= 1 && value <= 31 && parts.day === undefined)
      parts.day = value;
    else return false;
    return true;
  }
  if (FILLER.has(token.toLowerCase())) return true;
  const readings = readingsOf(token);
  parts.words.push(readings);
  return readings.length > 0;
}
