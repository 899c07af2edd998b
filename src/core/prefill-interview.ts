import { findDecisionDate, findInterviewDate, type DateParser } from './find-dates';
import { prefillFromThread, type Prefill } from './prefill';
import type { ThreadFacts } from './thread-facts';

/** Everything the tag form can start with, dates included (epoch ms). */
export interface InterviewPrefill extends Prefill {
  start?: number;
  decisionDate?: number;
  durationMinutes?: number;
}

const DURATION = /\b(\d{2,3})[\s-]*(?:minutes?|mins?)\b|\b(an|one|1|two|2)[\s-]*hours?\b/i;
const HOURS: Readonly<Record<string, number>> = { an: 1, one: 1, '1': 1, two: 2, '2': 2 };

/** "The interview will last about 45 minutes": the newest message that says how long. */
export function findDuration(facts: ThreadFacts): number | undefined {
  for (const message of [...facts.messages].reverse()) {
    const match = DURATION.exec(message.text);
    if (!match) continue;
    const minutes = match[1] ? Number(match[1]) : (HOURS[match[2]?.toLowerCase() ?? ''] ?? 0) * 60;
    if (minutes >= 10 && minutes <= 480) return minutes;
  }
  return undefined;
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
