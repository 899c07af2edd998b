import type { InterviewStatus } from '../../core/interview';
import { stepName } from '../../ui/step-name';
import type { InterviewView } from '../../core/plan-types';
import { t, type MessageKey } from '../../ui/i18n';
import { localDateTime } from './local-time';

/**
 * One row per interview, for spreadsheets: RFC 4180 (CRLF line ends, fields with a comma, quote
 * or line break in double quotes, quotes doubled). A cell that a spreadsheet would run as a
 * formula (=, +, -, @, or a tab or carriage return before one) gets a leading apostrophe: a
 * company called "=HYPERLINK(...)" stays text (OWASP's CSV injection advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const STATUS: Record<InterviewStatus, MessageKey> = {
  scheduled: 'statusScheduled',
  awaiting: 'statusAwaiting',
  offer: 'statusOffer',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
  closed: 'statusClosed',
};

const row = (cells: readonly string[]): string => cells.map(csvCell).join(',');

export function interviewsCsv(views: readonly InterviewView[]): string {
  const header = [
    t('csvCompany'),
    t('csvRole'),
    t('csvInterviewer'),
    t('csvInterviewerEmail'),
    t('csvStart'),
    t('csvDuration'),
    t('csvFormat'),
    t('csvStatus'),
    t('csvNextStep'),
    t('csvNextDue'),
    t('csvThread'),
    t('csvContacts'),
    t('csvNotes'),
  ];
  const rows = views.map(({ interview, plan }) =>
    row([
      interview.company,
      interview.role,
      interview.interviewer.name,
      interview.interviewer.email,
      localDateTime(interview.start),
      String(interview.durationMinutes),
      t(`format_${interview.format}`),
      t(STATUS[interview.status]),
      plan.next ? stepName(plan.next.step) : '',
      plan.next ? localDateTime(plan.next.remindAt) : '',
      interview.thread?.url ?? '',
      interview.contacts
        .map((contact) => (contact.email ? `${contact.name} <${contact.email}>` : contact.name))
        .join('; '),
      interview.notes,
    ]),
  );
  return [row(header), ...rows].join('\r\n') + '\r\n';
}
