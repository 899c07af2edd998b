/** Month and weekday names as mail sites print dates, in the languages the extension speaks. */
export type Lang = 'en' | 'es' | 'de' | 'fr' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'es', 'de', 'fr', 'pt'];

/** Month names, January first. */
const MONTHS: Readonly<Record<Lang, string>> = {
  en: 'january february march april may june july august september october november december',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  de: 'januar februar märz april mai juni juli august september oktober november dezember',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
};

/** Weekday names, Sunday first (as Date.getDay counts). */
const WEEKDAYS: Readonly<Record<Lang, string>> = {
  en: 'sunday monday tuesday wednesday thursday friday saturday',
  es: 'domingo lunes martes miércoles jueves viernes sábado',
  de: 'sonntag montag dienstag mittwoch donnerstag freitag samstag',
  fr: 'dimanche lundi mardi mercredi jeudi vendredi samedi',
  pt: 'domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado',
};

/** Other spellings sites print: Spanish "setiembre", German two-letter weekdays and "Mrz". */
const EXTRA_MONTHS: Readonly<Partial<Record<Lang, Record<string, number>>>> = {
  es: { setiembre: 8, set: 8 },
  de: { mrz: 2, jän: 0, jänner: 0 },
};
const EXTRA_WEEKDAYS: Readonly<Partial<Record<Lang, Record<string, number>>>> = {
  de: { so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6 },
};

const TODAY: Readonly<Record<string, Lang>> = {
  today: 'en',
  hoy: 'es',
  heute: 'de',
  "aujourd'hui": 'fr',
  'aujourd’hui': 'fr',
  hoje: 'pt',
};
const YESTERDAY: Readonly<Record<string, Lang>> = {
  yesterday: 'en',
  ayer: 'es',
  gestern: 'de',
  hier: 'fr',
  ontem: 'pt',
};

/** Words that join a date's parts and say nothing: "3 de mar. de 2026", "14:00 Uhr", "at". */
export const FILLER = new Set([
  'de',
  'del',
  'at',
  'um',
  'à',
  'a',
  'às',
  'as',
  'le',
  'el',
  'o',
  'on',
  'am',
  'the',
  'uhr',
  'h',
  'y',
  'et',
  'e',
  'und',
  'and',
]);

export interface Reading {
  lang: Lang;
  kind: 'month' | 'weekday' | 'today' | 'yesterday';
  /** Month 0–11 or weekday 0–6. */
  value: number;
}

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** "mar" in "mar. 3 mars" is Tuesday; "Mar" in "Mar 3" is March: a word is an abbreviation of a name when it starts it. */
const abbreviates = (word: string, name: string) => {
  const short = plain(word);
  const full = plain(name);
  return short.length >= 3 ? full.startsWith(short) : short === full;
};

function named(
  word: string,
  lang: Lang,
  kind: 'month' | 'weekday',
  names: string,
  extra: Record<string, number> | undefined,
): Reading[] {
  const value = names.split(' ').findIndex((name) => abbreviates(word, name));
  const other = extra?.[word];
  if (value >= 0) return [{ lang, kind, value }];
  return other === undefined ? [] : [{ lang, kind, value: other }];
}

/** Every way a word can be read: "mar" is March (en, es, fr, pt, de) or Tuesday (es, fr). */
export function readingsOf(word: string): Reading[] {
  const lower = word.toLowerCase();
  const today = TODAY[lower];
  if (today) return [{ lang: today, kind: 'today', value: 0 }];
  const yesterday = YESTERDAY[lower];
  if (yesterday) return [{ lang: yesterday, kind: 'yesterday', value: 0 }];
  return LANGS.flatMap((lang) => [
    ...named(lower, lang, 'month', MONTHS[lang], EXTRA_MONTHS[lang]),
    ...named(lower, lang, 'weekday', WEEKDAYS[lang], EXTRA_WEEKDAYS[lang]),
  ]);
}
