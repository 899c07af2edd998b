import type { DateMention } from './find-dates';

/**
 * Words next to a mention that some locale parsers leave out of it: "a las 4 de la tarde" (read as
 * 4:00 in the morning) and Portuguese "na próxima terça" (read as today when today is Tuesday).
 */
const AFTERNOON =
  /^\s*(?:de la (?:tarde|noche)|da (?:tarde|noite)|à noite|de l['’]après-midi|du soir|nachmittags|abends)(?!\p{L})/iu;
const NEXT = /(?:próxim[ao]|next|nächste[nm]?|kommende[nm]?)\s+$/iu;

function withDayPeriod(mention: DateMention, text: string): DateMention {
  const after = AFTERNOON.exec(text.slice(mention.index + mention.text.length));
  const hours = mention.date.getHours();
  if (!after || !mention.hasTime || hours < 1 || hours > 11) return mention;
  const date = new Date(mention.date);
  date.setHours(hours + 12);
  return { ...mention, date, text: mention.text + after[0] };
}

/** "Next Tuesday" said on a Tuesday is a week away, never today. */
function withNextWeek(mention: DateMention, text: string, reference: Date): DateMention {
  const before = text.slice(Math.max(0, mention.index - 12), mention.index);
  if (!NEXT.test(before) || mention.date.toDateString() !== reference.toDateString()) {
    return mention;
  }
  const date = new Date(mention.date);
  date.setDate(date.getDate() + 7);
  return { ...mention, date };
}

export const inContext = (mention: DateMention, text: string, reference: Date): DateMention =>
  withNextWeek(withDayPeriod(mention, text), text, reference);
