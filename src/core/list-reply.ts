import { interviewEnd, type Interview } from './interview';

/** One unread row of the inbox list, as the page shows it: the thread and its dates' texts. */
export interface ListRow {
  threadId: string;
  /** Texts that may hold the row's date (a title, the shown text); the first that reads wins. */
  dateTexts: string[];
  /** The time the id of the row's last message carries, epoch ms, when the site's ids hold it. */
  idTime?: number;
}

/**
 * The newest message the interview knows of, apart from the thread as it was when tagged: the
 * interview itself, the last reply recorded and the user's own last follow-up.
 */
export function lastKnownMessage(interview: Interview): number {
  return interview.events.reduce(
    (max, event) =>
      event.type === 'reply' || event.type === 'done' ? Math.max(max, event.at) : max,
    interviewEnd(interview),
  );
}

/**
 * The minute the thread was tagged. Lists show minutes ("10:15"), and tagging means the thread
 * was open, so read: an unread row of that same minute came after it.
 */
const taggedMinute = (interview: Interview): number =>
  interview.createdAt - (interview.createdAt % 60_000);

/**
 * When an unread row of a tracked thread is dated after everything the interview knows, the
 * employer (or someone on their side) wrote: the user's own sent messages are never unread. It is
 * recorded as the same 'reply' event the open thread records, not a softer mark, on purpose:
 * - it pauses the check-ins at once, and a check-in sent over an unread reply is the mistake
 *   the user would regret; a wrong pause costs one click (Keep reminders);
 * - the confirm-first flow stays the one the thread bar and the dashboard already have: nothing
 *   but the pause changes until the user says what changed;
 * - opening the thread later finds the same message no newer than this reply, so it is not
 *   recorded twice.
 * Undefined when the row adds nothing (an unreadable date counts as nothing: never guessed).
 */
export function listReplyAt(interview: Interview, at: number | undefined): number | undefined {
  return at !== undefined && at > lastKnownMessage(interview) && at >= taggedMinute(interview)
    ? at
    : undefined;
}

/** The change to write, decided again on the stored record inside the write queue. */
export const recordListReply =
  (at: number | undefined) =>
  (interview: Interview): Interview => {
    const reply = listReplyAt(interview, at);
    return reply === undefined
      ? interview
      : { ...interview, events: [...interview.events, { type: 'reply', at: reply }] };
  };
