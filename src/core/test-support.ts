/* Builders shared by the core unit tests; not part of the extension. */
import type { Interview, InterviewEvent, StepKind } from './interview';
import type { Plan, PlannedStep } from './plan-types';
import type { ThreadFacts } from './thread-facts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** Local wall-clock time (the unit project runs in America/New_York), month 1-12. */
export function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

/** Tuesday, March 3, 2026, 2:00 PM, one hour, email follow-up: the product's example. */
export function makeInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'interview-1',
    company: 'Acme',
    role: 'Senior Software Engineer',
    interviewer: { name: 'Dana Whitaker', email: 'dana@acme.example' },
    contacts: [],
    start: local(2026, 3, 3, 14),
    durationMinutes: 60,
    format: 'video',
    followUpChannel: 'email',
    notes: '',
    status: 'awaiting',
    events: [],
    createdAt: local(2026, 3, 1),
    updatedAt: local(2026, 3, 1),
    ...overrides,
  };
}

export function withEvents(interview: Interview, ...events: InterviewEvent[]): Interview {
  return { ...interview, events: [...interview.events, ...events] };
}

export function stepOf(plan: Plan, kind: StepKind): PlannedStep {
  const found = plan.steps.find((step) => step.step === kind);
  if (!found) throw new Error(`no ${kind} step in the plan`);
  return found;
}

export const kinds = (steps: readonly PlannedStep[]): StepKind[] => steps.map((step) => step.step);

/** "2026-03-10 09:00" in local time, for readable failure messages. */
export function wallClock(at: number | undefined): string {
  if (at === undefined) return 'undefined';
  const date = new Date(at);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A thread in which Dana Whitaker (acme.com) wrote each text to alex@gmail.com on Tue, Feb 24, 2026. */
export function danaWrites(...texts: string[]): ThreadFacts {
  return {
    subject: 'Interview for Senior Software Engineer at Acme',
    userEmail: 'alex@gmail.com',
    messages: texts.map((text) => ({
      senderName: 'Dana Whitaker',
      senderEmail: 'dana@acme.com',
      dateText: 'Tue, Feb 24, 2026, 10:15 AM',
      text,
    })),
  };
}
