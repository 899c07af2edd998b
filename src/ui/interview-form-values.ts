import type { Interview } from '../core/interview';
import { toDateInput, toLocalInput, type InterviewFormValues } from './interview-form';

/** The shared form, empty: an interview added by hand (phone, in person) with no thread. */
export const EMPTY_FORM_VALUES: InterviewFormValues = {
  company: '',
  role: '',
  interviewerName: '',
  interviewerEmail: '',
  start: '',
  durationMinutes: '60',
  format: 'video',
  decisionDate: '',
};

/** The shared form filled with a saved interview, to edit it. */
export function formValuesOf(interview: Interview): InterviewFormValues {
  return {
    company: interview.company,
    role: interview.role,
    interviewerName: interview.interviewer.name,
    interviewerEmail: interview.interviewer.email,
    start: toLocalInput(interview.start),
    durationMinutes: String(interview.durationMinutes),
    format: interview.format,
    decisionDate: toDateInput(interview.decisionDate),
    language: interview.language ?? '',
  };
}
