/** The interview record: what the user tagged, and what happened since. Pure data, no browser API. */
import type { Provider } from './sites';

import type { TemplateLanguage } from './languages';

export const INTERVIEW_FORMATS = ['video', 'phone', 'onsite'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

/** `scheduled` and `awaiting` are open; the rest close the interview. */
export const INTERVIEW_STATUSES = [
  'scheduled',
  'awaiting',
  'offer',
  'rejected',
  'withdrawn',
  'closed',
] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const OPEN_STATUSES: readonly InterviewStatus[] = ['scheduled', 'awaiting'];

export const STEP_KINDS = [
  'thankYou',
  'thankYouCard',
  'checkIn',
  'secondCheckIn',
  'feedback',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface ThreadRef {
  provider: Provider;
  threadId: string;
  url: string;
  subject: string;
}

export interface Contact {
  name: string;
  email: string;
  /** What the person does ("Recruiter", "Hiring manager"); free text. */
  title?: string;
}

/** What happened to an interview, in order. The plan is a pure function of these. */
export type InterviewEvent =
  | { type: 'done'; step: StepKind; at: number }
  | { type: 'skipped'; step: StepKind; at: number }
  | { type: 'snoozed'; step: StepKind; until: number; at: number }
  | { type: 'notified'; step: StepKind; at: number }
  /** The employer wrote in the thread after the interview. */
  | { type: 'reply'; at: number }
  /** The user chose to keep reminders after a reply: replies before this no longer pause check-ins. */
  | { type: 'resumed'; at: number }
  | { type: 'status'; status: InterviewStatus; at: number };

export interface Interview {
  id: string;
  company: string;
  role: string;
  interviewer: Contact;
  contacts: Contact[];
  /** Start of the interview, epoch milliseconds. */
  start: number;
  durationMinutes: number;
  format: InterviewFormat;
  /** How the user follows up; a phone follow-up is never suggested within 24 h. */
  followUpChannel: 'email' | 'phone';
  thread?: ThreadRef;
  notes: string;
  status: InterviewStatus;
  /** The date the employer said they would decide by, epoch ms. */
  decisionDate?: number;
  /** The language to write this interview's follow-ups in; absent, the UI language's. */
  language?: TemplateLanguage;
  events: InterviewEvent[];
  createdAt: number;
  updatedAt: number;
}

/**
 * What a form or an import supplies; the background fills in the rest. A `language` of null
 * means "the UI language's" and clears one chosen before (absent leaves it as it is).
 */
export type InterviewInput = Pick<Interview, 'company' | 'role' | 'interviewer' | 'start'> &
  Partial<
    Pick<
      Interview,
      | 'contacts'
      | 'durationMinutes'
      | 'format'
      | 'followUpChannel'
      | 'thread'
      | 'notes'
      | 'decisionDate'
    >
  > & { language?: TemplateLanguage | null };

export const isOpen = (interview: Pick<Interview, 'status'>): boolean =>
  OPEN_STATUSES.includes(interview.status);

export function interviewEnd(interview: Pick<Interview, 'start' | 'durationMinutes'>): number {
  return interview.start + interview.durationMinutes * 60_000;
}

export function createInterview(input: InterviewInput, id: string, now: number): Interview {
  return {
    id,
    company: input.company.trim(),
    role: input.role.trim(),
    interviewer: { ...input.interviewer },
    contacts: input.contacts ?? [],
    start: input.start,
    durationMinutes: input.durationMinutes ?? 60,
    format: input.format ?? 'video',
    followUpChannel: input.followUpChannel ?? 'email',
    ...(input.thread ? { thread: input.thread } : {}),
    notes: input.notes ?? '',
    status: input.start > now ? 'scheduled' : 'awaiting',
    ...(input.decisionDate !== undefined ? { decisionDate: input.decisionDate } : {}),
    ...(input.language ? { language: input.language } : {}),
    events: [],
    createdAt: now,
    updatedAt: now,
  };
}
