import { parseShownDate } from './shown-date';

/** Gmail opened on 1 April 2004: a site id that reads as earlier carries no time. */
const FIRST_MAIL = Date.UTC(2004, 3, 1);
/** Clocks differ a little; an id time later than this after now carries no time either. */
const FUTURE_SLACK_MS = 24 * 3_600_000;
/**
 * How far an id's time and the shown date may differ and still be one moment: the site shows
 * dates in the account's time zone, which need not be the browser's (up to 26 hours apart), and a
 * date shown without a time reads as its midnight.
 */
const AGREE_MS = 2 * 24 * 3_600_000;

/**
 * A message's time from two signals: the time the site's own id carries (language-independent,
 * to the millisecond) and the date the page shows (in the user's language, read only in the
 * languages we know). The id's time wins when it is plausible and the shown date, if readable,
 * agrees with it; when they disagree the page's own words win, since then the id is not what we
 * take it for. Undefined when neither tells.
 */
export function messageTime(
  idTime: number | undefined,
  dateTexts: readonly string[],
  now: Date,
): number | undefined {
  const shown = firstShownDate(dateTexts, now);
  const plausible =
    idTime !== undefined &&
    Number.isFinite(idTime) &&
    idTime >= FIRST_MAIL &&
    idTime <= now.getTime() + FUTURE_SLACK_MS;
  if (!plausible) return shown;
  return shown === undefined || Math.abs(shown - idTime) <= AGREE_MS ? idTime : shown;
}

/** The first of a message's date texts that a known language reads for sure. */
function firstShownDate(texts: readonly string[], now: Date): number | undefined {
  for (const text of texts) {
    const at = parseShownDate(text, now);
    if (at !== undefined) return at;
  }
  return undefined;
}
