import { stepName } from '../../ui/step-name';
import { isToDo } from '../../core/plan';
import { interviewEnd } from '../../core/interview';
import type { InterviewView } from '../../core/plan-types';
import { t } from '../../ui/i18n';

/*
 * An RFC 5545 calendar of the interviews and the follow-ups still to do, for Google Calendar and
 * Outlook. Hand-written rather than a library: it needs only events with UTC times, text escaping
 * and line folding (~60 lines), where the `ics` package would bring a validation library into the
 * options page. test/e2e and the unit tests parse the output back with ical.js.
 */

/** A follow-up is a short event at its reminder time: a slot to write the note. */
const FOLLOW_UP_MINUTES = 30;

/** 20260303T190000Z: UTC, so no VTIMEZONE is needed and every calendar agrees on the instant. */
export function utcStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Content lines longer than 75 octets are folded (3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

interface CalendarEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description: string;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(event.start)}`,
    `DTEND:${utcStamp(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'END:VEVENT',
  ];
}

function eventsOf({ interview, plan }: InterviewView): CalendarEvent[] {
  const where = interview.role
    ? t('icsRoleAtCompany', interview.role, interview.company)
    : interview.company;
  const who = [interview.interviewer.name, interview.interviewer.email].filter(Boolean).join(', ');
  const details = [who, interview.thread?.url ?? ''].filter(Boolean).join('\n');
  const events: CalendarEvent[] = [
    {
      uid: `interview-${interview.id}@interview-follow-up`,
      start: interview.start,
      end: interviewEnd(interview),
      summary: t('icsInterview', where),
      description: details,
    },
  ];
  for (const step of plan.steps.filter(isToDo)) {
    events.push({
      uid: `follow-up-${interview.id}-${step.step}@interview-follow-up`,
      start: step.remindAt,
      end: step.remindAt + FOLLOW_UP_MINUTES * 60_000,
      summary: t('icsFollowUp', stepName(step.step), where),
      description: details,
    });
  }
  return events;
}

export function interviewsCalendar(views: readonly InterviewView[], now: number): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Interview Follow-up//Browser extension//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t('icsCalendarName'))}`,
    ...views.flatMap((view) => eventsOf(view).flatMap((event) => eventLines(event, stamp))),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
