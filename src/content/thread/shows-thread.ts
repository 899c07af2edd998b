import type { TabProtocol } from '../../messaging/tab-protocol';
import type { MailHost } from '../hosts/mail-host';

/**
 * Whether this page shows the thread now: the adapter reads the page at the moment of asking,
 * rather than the thread watcher's last look, which waits for an animation frame (and a hidden
 * tab gets none).
 */
export function showsThread(
  host: MailHost,
  doc: Document,
  { provider, threadId }: TabProtocol['thread/shows']['req'],
): TabProtocol['thread/shows']['res'] {
  const shows = provider === host.provider && !!threadId && host.thread(doc)?.id === threadId;
  return { shows };
}
