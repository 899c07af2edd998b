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

/**
 * The interview of the Gmail fixture's Acme thread (gmail/thread.html), as a user tags it: ended
 * 4 hours ago, so its thank-you is the step due. `threadId` is what the page shows.
 */
export const acmeThreadInterview = (threadId: string, url: string): InterviewInput => ({
  company: 'Acme Corp',
  role: 'Senior Software Engineer',
  interviewer: { name: 'Dana Whitaker', email: 'dana.whitaker@acme.com' },
  start: Date.now() - 5 * HOUR,
  thread: {
    provider: 'gmail',
    threadId,
    url,
    subject: 'Interview for Senior Software Engineer at Acme',
  },
});
