import type { ListRow } from '../core/list-reply';
import { MAX_LIST_ROWS } from '../messaging/limits';
import { send } from '../messaging/send';
import type { MailHost } from './hosts/mail-host';

/** Enough for every row of a long session; past it the set starts again (a row may go twice). */
const MAX_REMEMBERED = 5_000;

/**
 * Replies seen in the message list without opening the thread: each unread row is sent to the
 * background once (the thread and its date as shown), which keeps those of tracked threads and
 * records a reply newer than what the interview knows. The page needs no list of tracked threads,
 * and a row already sent costs a few attribute reads on the next pass.
 */
export function watchListReplies(host: MailHost, doc: Document): () => void {
  const sent = new Set<string>();
  return () => {
    const rows: ListRow[] = [];
    const keys: string[] = [];
    for (const row of host.listRows(doc)) {
      const key = `${row.threadId}\n${row.idTime ?? ''}\n${row.dateTexts.join('\n')}`;
      const dated = row.idTime !== undefined || row.dateTexts.length > 0;
      if (!dated || sent.has(key) || !row.unread()) continue;
      if (rows.length === MAX_LIST_ROWS) break;
      rows.push({
        threadId: row.threadId,
        dateTexts: row.dateTexts.slice(0, 2),
        idTime: row.idTime,
      });
      keys.push(key);
    }
    if (rows.length === 0) return;
    if (sent.size + keys.length > MAX_REMEMBERED) sent.clear();
    for (const key of keys) sent.add(key);
    // Not sent (the extension was updated, the worker failed): the next pass tries again.
    send('threads/list-replies', { rows }).catch(() => {
      for (const key of keys) sent.delete(key);
    });
  };
}
