import type { Interview } from '../../core/interview';
import { prefillFromThread } from '../../core/prefill';
import type { ThreadFacts } from '../../core/thread-facts';
import { toDateInput, toLocalInput, type InterviewFormValues } from '../../ui/interview-form';

/** The form for an interview already tagged: its own values. */
export function valuesOf(interview: Interview): InterviewFormValues {
  return {
    company: interview.company,
    role: interview.role,
    interviewerName: interview.interviewer.name,
    interviewerEmail: interview.interviewer.email,
    start: toLocalInput(interview.start),
    durationMinutes: String(interview.durationMinutes),
    format: interview.format,
    decisionDate: toDateInput(interview.decisionDate),
  };
}

/**
 * The form for a new interview, filled in from the thread. The date parser is most of the form's
 * weight, so it is loaded only now, when the user asked for the form.
 */
export async function prefillValues(facts: ThreadFacts, now: Date): Promise<InterviewFormValues> {
  const prefill = prefillFromThread(facts);
  let start: Date | undefined;
  let decision: Date | undefined;
  try {
    const [{ parseDates }, { findDecisionDate, findInterviewDate }] = await Promise.all([
      import('../../core/chrono-parser'),
      import('../../core/find-dates'),
    ]);
    start = findInterviewDate(facts, parseDates, now);
    decision = findDecisionDate(facts, parseDates, now);
  } catch (error) {
    // The form still works without a date: the user types it.
    console.warn('Interview follow-up: could not read dates from the thread', error);
  }
  return {
    company: prefill.company,
    role: prefill.role,
    interviewerName: prefill.interviewerName,
    interviewerEmail: prefill.interviewerEmail,
    start: toLocalInput(start?.getTime()),
    durationMinutes: '60',
    format: 'video',
    decisionDate: toDateInput(decision?.getTime()),
  };
}
