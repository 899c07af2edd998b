import type { DateMention } from './find-dates';

/**
 * "a las 4 de la tarde", "às 3 da tarde", "à 8 heures du soir", "um 3 Uhr nachmittags": a part of
 * the day after the time, which some locale parsers leave out (reading 4:00 in the morning).
 */
const AFTERNOON =
  /^\s*(?:de la (?:tarde|noche)|da (?:tarde|noite)|à noite|de l['’]après-midi|du soir|nachmittags|abends)(?!\p{L})/iu;

export function withDayPeriod(mention: DateMention, text: string): DateMention {
  const after = AFTERNOON.exec(text.slice(mention.index + mention.text.length));
  const hours = mention.date.getHours();
  if (!after || !mention.hasTime || hours < 1 || hours > 11) return mention;
  const date = new Date(mention.date);
  date.setHours(hours + 12);
  return { ...mention, date, text: mention.text + after[0] };
}
