import type { Interview, InterviewEvent, StepKind } from './interview';

/** What the event log says about one step. */
export interface StepLog {
  /** The latest done/skipped event settles the step. */
  settled?: { state: 'done' | 'skipped'; at: number };
  /** The latest snooze's target. */
  snoozedUntil?: number;
  /** Notified since the latest snooze: a snoozed step must notify again. */
  notified: boolean;
}

export interface EventDigest {
  steps: Map<StepKind, StepLog>;
  /** The latest employer reply after the interview started (scheduling mail before it is no reply). */
  lastReplyAt?: number;
  /** A reply the user has not dismissed with 'resumed': check-ins wait for the user. */
  replyPending: boolean;
  /** The latest status change to 'rejected'. */
  rejectedAt?: number;
}

const emptyLog = (): StepLog => ({ notified: false });

/**
 * Folds the event log into what the plan needs. Events are read in time order (stable for equal
 * times), so "latest wins" holds even if an import or a sync appended them out of order.
 */
export function digestEvents(interview: Pick<Interview, 'start' | 'events'>): EventDigest {
  const steps = new Map<StepKind, StepLog>();
  const logFor = (step: StepKind): StepLog => {
    let log = steps.get(step);
    if (!log) {
      log = emptyLog();
      steps.set(step, log);
    }
    return log;
  };
  let lastReplyAt: number | undefined;
  let lastResumedAt: number | undefined;
  let rejectedAt: number | undefined;

  const ordered: InterviewEvent[] = [...interview.events].sort((a, b) => a.at - b.at);
  for (const event of ordered) {
    switch (event.type) {
      case 'done':
      case 'skipped':
        logFor(event.step).settled = { state: event.type, at: event.at };
        break;
      case 'snoozed': {
        const log = logFor(event.step);
        log.snoozedUntil = event.until;
        log.notified = false;
        break;
      }
      case 'notified':
        logFor(event.step).notified = true;
        break;
      case 'reply':
        if (event.at > interview.start) lastReplyAt = event.at;
        break;
      case 'resumed':
        lastResumedAt = event.at;
        break;
      case 'status':
        if (event.status === 'rejected') rejectedAt = event.at;
        break;
    }
  }

  const replyPending =
    lastReplyAt !== undefined && (lastResumedAt === undefined || lastReplyAt > lastResumedAt);
  return { steps, lastReplyAt, replyPending, rejectedAt };
}
