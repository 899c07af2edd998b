import { cardOf, type InterviewCard } from '../core/card';
import { createInterview, type InterviewInput, type InterviewStatus } from '../core/interview';
import type { InterviewView, PlannedStep } from '../core/plan-types';

/** Interview views for the popup's unit tests, with hand-made plans (the plan has its own tests). */
export const NOW = Date.UTC(2026, 2, 3, 15, 0);
export const HOUR = 3_600_000;

export function step(overrides: Partial<PlannedStep> = {}): PlannedStep {
  return {
    step: 'thankYou',
    remindAt: NOW + HOUR,
    dueAt: NOW + 22 * HOUR,
    overdueAt: NOW + 46 * HOUR,
    state: 'upcoming',
    notified: false,
    ...overrides,
  };
}

export function view(
  input: Partial<InterviewInput> & { id?: string; status?: InterviewStatus },
  next?: PlannedStep,
): InterviewView {
  const interview = createInterview(
    {
      company: 'Acme',
      role: 'Senior Software Engineer',
      interviewer: { name: 'Dana Whitaker', email: 'dana@acme.example' },
      start: NOW - 4 * HOUR,
      ...input,
    },
    input.id ?? input.company ?? 'acme',
    NOW,
  );
  if (input.status) interview.status = input.status;
  const due = next && (next.state === 'due' || next.state === 'overdue') ? [next] : [];
  return {
    interview,
    plan: { steps: next ? [next] : [], ...(next ? { next } : {}), due, stopSuggested: false },
  };
}

/** The dashboard row the background would send for a view. */
export const cardOfView = ({ interview, plan }: InterviewView): InterviewCard =>
  cardOf(interview, plan);
