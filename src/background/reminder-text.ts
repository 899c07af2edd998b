import { format } from 'date-fns';
import type { Interview, StepKind } from '../core/interview';
import { stepName } from '../core/step-names';

export interface DueReminder {
  interview: Interview;
  step: StepKind;
}

/** "Dana Whitaker at Acme", or just "Acme" when no interviewer was named. */
function whoAndWhere(interview: Interview): string {
  const person = interview.interviewer.name.trim();
  return person ? `${person} at ${interview.company}` : interview.company;
}

/** "Thank-you note due: Dana Whitaker at Acme" (product.md's wording). */
export const reminderTitle = ({ interview, step }: DueReminder): string =>
  `${stepName(step)} due: ${whoAndWhere(interview)}`;

/** Which interview it was, so two interviews at one company can be told apart. */
export function reminderMessage({ interview }: DueReminder): string {
  const when = `interview on ${format(interview.start, 'EEE, MMM d')}`;
  return interview.role ? `${interview.role}, ${when}` : `Your ${when}`;
}

export const digestTitle = (count: number): string => `${count} follow-ups are due`;

/** One line per reminder; the notification shows what fits, the dashboard has the rest. */
export const digestMessage = (due: readonly DueReminder[]): string =>
  due.map(({ interview, step }) => `${stepName(step)}: ${whoAndWhere(interview)}`).join('\n');
