import {
  isOpen,
  type Interview,
  type InterviewEvent,
  type InterviewInput,
  type InterviewStatus,
} from '../core/interview';

/** Pure edits of a record; the caller stores the result and stamps updatedAt. */
export type Change = (interview: Interview, now: number) => Interview;

export const addEvent =
  (event: InterviewEvent): Change =>
  (interview) => ({ ...interview, events: [...interview.events, event] });

/** An event dated by the same clock as the write that records it. */
export const addEventAt =
  (make: (now: number) => InterviewEvent): Change =>
  (interview, now) =>
    addEvent(make(now))(interview, now);

/** Closing (or reopening) keeps the history as an event: the plan dates the feedback step by it. */
export const setStatus =
  (status: InterviewStatus): Change =>
  (interview, now) => ({
    ...interview,
    status,
    events: [...interview.events, { type: 'status', status, at: now }],
  });

/** Open interviews move between scheduled and awaiting with their start, as when created. */
export const applyInput =
  (changes: Partial<InterviewInput>): Change =>
  (interview, now) => {
    const { language, ...rest } = changes;
    const next: Interview = {
      ...interview,
      ...rest,
      company: (changes.company ?? interview.company).trim(),
      role: (changes.role ?? interview.role).trim(),
    };
    // null goes back to following the UI language; absent keeps the interview's choice.
    if (language) next.language = language;
    else if (language === null) delete next.language;
    if (isOpen(next)) next.status = next.start > now ? 'scheduled' : 'awaiting';
    return next;
  };
