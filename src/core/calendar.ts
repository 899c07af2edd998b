import { addDays, getDay } from 'date-fns';
import type { PlanSettings } from './settings';

/*
 * Local-time calendar helpers for the plan. Everything here works in the runtime's own time zone,
 * because reminders are about the user's wall clock: "9:00 a week later" must stay 9:00 across a
 * daylight-saving change, which is why days go through date-fns (calendar days) and never through
 * 24-hour multiples.
 */

const MINUTES_PER_DAY = 24 * 60;

/** Minutes since local midnight, ignoring seconds: reminders are set to the minute. */
export function minuteOfDay(at: number): number {
  const date = new Date(at);
  return date.getHours() * 60 + date.getMinutes();
}

/** The same local day as `at`, at `minute` past midnight. */
export function atMinuteOfDay(at: number, minute: number): number {
  const clamped = Math.min(Math.max(Math.trunc(minute), 0), MINUTES_PER_DAY - 1);
  // One native setHours instead of date-fns `set`, which converts to local time once per field:
  // the plan runs for every interview on every view, and this is its hottest line.
  const date = new Date(at);
  date.setHours(Math.floor(clamped / 60), clamped % 60, 0, 0);
  return date.getTime();
}

/** `days` calendar days after `at`, at `minute` local time. */
export function dayAt(at: number, days: number, minute: number): number {
  return atMinuteOfDay(addDays(at, days).getTime(), minute);
}

export function isWeekendDay(at: number): boolean {
  const day = getDay(at);
  return day === 0 || day === 6;
}

/** The first Monday-to-Friday day strictly after the local day of `at`, at `minute`. */
export function nextBusinessDayAt(at: number, minute: number): number {
  let day = addDays(at, 1).getTime();
  while (isWeekendDay(day)) day = addDays(day, 1).getTime();
  return atMinuteOfDay(day, minute);
}

/** A Saturday or Sunday moves to the following Monday at the same local time. */
export function toBusinessDay(at: number): number {
  const day = getDay(at);
  if (day === 6) return addDays(at, 2).getTime();
  if (day === 0) return addDays(at, 1).getTime();
  return at;
}

type QuietHours = PlanSettings['quietHours'];

/** Whether a local minute of the day falls in quiet hours; start == end means no quiet hours. */
export function isQuietMinute(minute: number, quiet: QuietHours): boolean {
  const { startMinute: start, endMinute: end } = quiet;
  if (start === end) return false;
  // start > end wraps midnight, e.g. 21:00..08:00.
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** A time inside quiet hours moves to the moment they end (the next morning when they wrap). */
export function outOfQuietHours(at: number, quiet: QuietHours): number {
  if (!quiet.enabled) return at;
  const minute = minuteOfDay(at);
  if (!isQuietMinute(minute, quiet)) return at;
  const endsTomorrow = quiet.startMinute > quiet.endMinute && minute >= quiet.startMinute;
  return dayAt(at, endsTomorrow ? 1 : 0, quiet.endMinute);
}
