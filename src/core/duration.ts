import type { ThreadFacts } from './thread-facts';

/** Counts written as words, in en/es/de/fr/pt ("an hour", "una hora", "eine Stunde", "deux heures"). */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  un: 1,
  una: 1,
  uno: 1,
  une: 1,
  um: 1,
  uma: 1,
  ein: 1,
  eine: 1,
  einer: 1,
  dos: 2,
  dois: 2,
  duas: 2,
  deux: 2,
  zwei: 2,
  tres: 3,
  três: 3,
  trois: 3,
  drei: 3,
  anderthalb: 1.5,
  eineinhalb: 1.5,
};
const COUNT = `\\d{1,3}(?:[.,]5)?|${Object.keys(COUNT_WORDS).join('|')}`;
const HALF = 'halbe|halben|half|media|meia|demie?';
const MINUTE_UNIT = 'minutes?|mins?\\.?|minutos?|minuten?';
const HOUR_UNIT = 'hours?|hrs?\\.?|horas?|heures?|stunden?|std\\.?';
const AND_A_HALF = 'and a half|y media|et demie|e meia';

/**
 * "about 45 minutes", "etwa eine Stunde", "eine halbe Stunde", "une heure et demie", "half an hour".
 * Not after "at"/"a las"/"às"/"um": "a las 10 horas" is a time of day, not a length.
 */
const DURATION = new RegExp(
  `(?<!(?:\\bat|a las|a la|às|as|à|um)\\s*)(?<![\\p{L}\\d])(?:(${COUNT})[\\s-]*(?:(${MINUTE_UNIT})|(?:(${HALF})\\s+)?(${HOUR_UNIT})(?:\\s+(${AND_A_HALF}))?)|(half an hour))(?!\\p{L})`,
  'giu',
);

function minutesOf(match: RegExpMatchArray): number {
  if (match[6]) return 30;
  const word = match[1]?.toLowerCase() ?? '';
  const count = COUNT_WORDS[word] ?? Number(word.replace(',', '.'));
  if (match[2]) return count;
  const hours = count * (match[3] ? 0.5 : 1) + (match[5] ? 0.5 : 0);
  return hours * 60;
}

/** "The interview will last about 45 minutes": the newest message that says how long. */
export function findDuration(facts: ThreadFacts): number | undefined {
  for (const message of [...facts.messages].reverse()) {
    for (const match of message.text.matchAll(DURATION)) {
      const minutes = minutesOf(match);
      if (minutes >= 10 && minutes <= 480) return minutes;
    }
  }
  return undefined;
}
