import { findDuration } from './duration';
import { findDecisionDate, findInterviewDate, type DateParser } from './find-dates';
import { prefillFromThread, type Prefill } from './prefill';
import type { ThreadFacts } from './thread-facts';

/** Everything the tag form can start with, dates included (epoch ms). */
export interface InterviewPrefill extends Prefill {
  start?: number;
  decisionDate?: number;
  durationMinutes?: number;
}

export function prefillInterview(
  facts: ThreadFacts,
  parse: DateParser,
  now: Date,
): InterviewPrefill {
  const start = findInterviewDate(facts, parse, now);
  const decision = findDecisionDate(facts, parse, now);
  const duration = findDuration(facts);
  return {
    ...prefillFromThread(facts),
    ...(start ? { start: start.getTime() } : {}),
    ...(decision ? { decisionDate: decision.getTime() } : {}),
    ...(duration ? { durationMinutes: duration } : {}),
  };
}
