import type { Interview, InterviewStatus } from './interview';
import type { Plan, PlannedStep } from './plan-types';
import { replyAwaitsAnswer } from './reply-detection';

/**
 * One row of the dashboard: what the list shows before the user opens an interview. At 1,000
 * interviews, full records with their plans are about 1.7 MB to pass from the worker to the popup
 * (most of the first render's time); cards are a fraction of that, and a row asks for the full
 * interview only when it is opened.
 */
export interface InterviewCard {
  id: string;
  company: string;
  role: string;
  interviewerName: string;
  status: InterviewStatus;
  start: number;
  updatedAt: number;
  /** The first step still to do, as in the plan. */
  next?: PlannedStep;
  /** Steps whose reminder has passed: what the badge counts. */
  dueCount: number;
  stopSuggested: boolean;
  /** A reply was recorded (seen in the thread or in the inbox list) and the user has not said what changed. */
  replyAwaits: boolean;
}

export function cardOf(interview: Interview, plan: Plan): InterviewCard {
  return {
    id: interview.id,
    company: interview.company,
    role: interview.role,
    interviewerName: interview.interviewer.name,
    status: interview.status,
    start: interview.start,
    updatedAt: interview.updatedAt,
    ...(plan.next ? { next: plan.next } : {}),
    dueCount: plan.due.length,
    stopSuggested: plan.stopSuggested,
    replyAwaits: replyAwaitsAnswer(interview),
  };
}
