import type { Interview, StepKind } from '../core/interview';
import { t } from '../ui/i18n';
import { stepName } from '../ui/step-name';

/**
 * The words of reminder notifications, in the UI language: the background reads the same
 * catalogue as the pages (browser.i18n works in the service worker).
 */

export interface DueReminder {
  interview: Interview;
  step: StepKind;
}

/** "Dana Whitaker at Acme", or just "Acme" when no interviewer was named. */
function whoAndWhere(interview: Interview): string {
  const person = interview.interviewer.name.trim();
  return person ? t('reminderWhoAt', person, interview.company) : interview.company;
}

/** "Thank-you note due: Dana Whitaker at Acme" (product.md's wording in English). */
export const reminderTitle = ({ interview, step }: DueReminder): string =>
  t('reminderTitle', stepName(step), whoAndWhere(interview));

/**
 * "Tue, Mar 3" in the catalogue's language ("mar, 3 mar" in Spanish), not the browser's: the date
 * sits in a sentence of the catalogue. A formatter per notification: they are rare.
 */
const interviewDate = (at: number): string =>
  new Intl.DateTimeFormat(t('catalogueLanguage'), {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(at);

/** Which interview it was, so two interviews at one company can be told apart. */
export function reminderMessage({ interview }: DueReminder): string {
  const date = interviewDate(interview.start);
  return interview.role
    ? t('reminderRoleInterview', interview.role, date)
    : t('reminderYourInterview', date);
}

export const digestTitle = (count: number): string => t('reminderDigestTitle', count);

/** One line per reminder; the notification shows what fits, the dashboard has the rest. */
export const digestMessage = (due: readonly DueReminder[]): string =>
  due
    .map(({ interview, step }) => t('reminderDigestLine', stepName(step), whoAndWhere(interview)))
    .join('\n');
