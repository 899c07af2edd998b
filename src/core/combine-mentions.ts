import type { DateMention } from './find-dates';
import { isNoise } from './mention-noise';

/**
 * Words that may stand between a day and its time ("3 de março às 14h", "demain à 10h",
 * "quarta-feira, 10h30") when no single locale parser read both together.
 */
const DAY_TIME_GAP =
  /^[\s,]*(?:at|on|um|am|à|a|às|as|a las|a la|ab|gegen|vers|le|el|o|no|na|de|from|von|desde|dès|früh|del|du|do dia|do)?[\s,]*$/iu;

export interface LocaleMentions {
  mentions: DateMention[];
  /** Parsers mark relative results ("in 2 hours") so a bare "14h" can be told apart. */
  relative: boolean[];
}

/** How many characters a locale's parser understood: the text's likeliest language reads most. */
const coverage = ({ mentions }: LocaleMentions) =>
  mentions.reduce((sum, mention) => sum + mention.text.length, 0);

const end = (mention: DateMention) => mention.index + mention.text.length;

/** A day without a time next to a time without a day, as one mention. */
function joined(first: DateMention, second: DateMention, text: string): DateMention | undefined {
  if (second.index < end(first) || !DAY_TIME_GAP.test(text.slice(end(first), second.index))) {
    return undefined;
  }
  const day = first.hasDay && !first.hasTime ? first : second;
  const time = day === first ? second : first;
  if (!day.hasDay || day.hasTime || !time.hasTime || time.hasDay) return undefined;
  const date = new Date(day.date);
  date.setHours(time.date.getHours(), time.date.getMinutes(), 0, 0);
  return {
    ...day,
    date,
    index: first.index,
    text: text.slice(first.index, end(second)),
    hasDay: true,
    hasTime: true,
  };
}

/** About the longest gap DAY_TIME_GAP can match (" do dia "): pairs further apart are not tried. */
const MAX_GAP = 16;

function joinedPairs(mentions: DateMention[], text: string): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  const pairs: DateMention[] = [];
  sorted.forEach((first, i) => {
    for (let j = i + 1; j < sorted.length && (sorted[j]?.index ?? 0) <= end(first) + MAX_GAP; j++) {
      const pair = joined(first, sorted[j] as DateMention, text);
      if (pair) pairs.push(pair);
    }
  });
  return pairs;
}

/**
 * One reading of the text from several locale parsers: the mentions that cover the most text,
 * then those with both a day and a time, then those of the locale that understood the most
 * (so "03/04" follows the message's language); overlapping readings are dropped.
 */
export function combineMentions(perLocale: LocaleMentions[], text: string): DateMention[] {
  const ranked = [...perLocale].sort((a, b) => coverage(b) - coverage(a));
  const all = ranked.flatMap((locale) =>
    locale.mentions.filter((mention, i) => !isNoise(mention, locale.relative[i] ?? false, text)),
  );
  const candidates = [...all, ...joinedPairs(all, text)].map((mention, order) => ({
    mention,
    order,
  }));
  candidates.sort(
    (a, b) =>
      b.mention.text.trim().length - a.mention.text.trim().length ||
      complete(b.mention) - complete(a.mention) ||
      a.order - b.order,
  );
  // Which characters a chosen mention covers: a long mail can hold thousands of readings.
  const taken = new Uint8Array(text.length + 1);
  const chosen: DateMention[] = [];
  for (const { mention } of candidates) {
    if (taken.subarray(mention.index, end(mention)).includes(1)) continue;
    taken.fill(1, mention.index, end(mention));
    chosen.push(mention);
  }
  return chosen.sort((a, b) => a.index - b.index);
}

const complete = (mention: DateMention) => (mention.hasDay && mention.hasTime ? 1 : 0);
