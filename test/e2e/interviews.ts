import type { InterviewInput } from '../../src/core/interview';

/** Test data for the e2e journeys: plain interview inputs relative to now. */
export const HOUR = 60 * 60_000;
export const DAY = 24 * HOUR;

export function interviewInput(overrides: Partial<InterviewInput> = {}): InterviewInput {
  return {
    company: 'Acme',
    role: 'Senior Software Engineer',
    interviewer: { name: 'Dana Whitaker', email: 'dana.whitaker@acme.example' },
    start: Date.now() + DAY,
    durationMinutes: 60,
    format: 'video',
    ...overrides,
  };
}

/**
 * Ended 3 h ago, so its thank-you reminder (2 h after the end by default) passed 1 h ago: due, not
 * yet overdue (that is 48 h).
 */
export const dueInterview = (overrides: Partial<InterviewInput> = {}): InterviewInput =>
  interviewInput({ start: Date.now() - 4 * HOUR, ...overrides });
