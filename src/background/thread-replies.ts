import { unseenEmployerReply, type DatedMessage } from '../core/reply-detection';
import type { Interview } from '../core/interview';
import type { ShownMessage } from '../core/thread-facts';
import type { Change } from './interview-changes';
import { messageTime } from '../core/message-time';
import { listReplyAt, recordListReply, type ListRow } from '../core/list-reply';
import * as interviews from '../storage/interviews';
import { writeQueue } from '../storage/write-queue';

/**
 * The page's messages with their times: the one their ids carry, else their dates read in
 * whichever supported language the page shows ("mar, 3 mar 2026, 14:00"); a time neither tells
 * for sure stays undefined.
 */
export function datedMessages(messages: readonly ShownMessage[], now: Date): DatedMessage[] {
  return messages.map(({ senderEmail, dateText, idTime }) => ({
    senderEmail,
    at: messageTime(idTime, [dateText], now),
  }));
}

/**
 * Records the newest unseen employer reply, decided again on the stored record inside the write
 * queue: two tabs showing the same thread record it once.
 */
export const recordReply =
  (messages: readonly DatedMessage[], userEmails: readonly string[]): Change =>
  (interview: Interview) => {
    const at = unseenEmployerReply(messages, userEmails, interview);
    return at === undefined
      ? interview
      : { ...interview, events: [...interview.events, { type: 'reply', at }] };
  };

/** A list row's date: its last message id's time, else the first text a language reads. */
export const listRowDate = (row: ListRow, now: Date): number | undefined =>
  messageTime(row.idTime, row.dateTexts, now);

/**
 * The unread rows of tracked threads that are newer than what their interview knows, as one
 * reply time per interview (the newest row). Rows of untracked threads are dropped here, so the
 * content script needs no list of tracked threads.
 */
export function listReplies(
  rows: readonly ListRow[],
  interviewOn: (threadId: string) => Interview | null,
  now: Date,
): Map<string, number> {
  const found = new Map<string, number>();
  for (const row of rows) {
    const interview = interviewOn(row.threadId);
    const at = interview ? listReplyAt(interview, listRowDate(row, now)) : undefined;
    if (interview && at !== undefined) {
      found.set(interview.id, Math.max(at, found.get(interview.id) ?? at));
    }
  }
  return found;
}

/**
 * Records each reply, decided again on the stored record inside the write queue: two tabs
 * showing the same list record it once, and a record that needs nothing is not written.
 */
export async function recordListReplies(found: ReadonlyMap<string, number>): Promise<number> {
  let recorded = 0;
  for (const [id, at] of found) {
    const written = await writeQueue.run(async () => {
      const current = await interviews.get(id);
      const next = current && recordListReply(at)(current);
      if (!current || !next || next === current) return false;
      await interviews.put({ ...next, updatedAt: Date.now() });
      return true;
    });
    if (written) recorded++;
  }
  return recorded;
}
