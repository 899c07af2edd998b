import { unseenEmployerReply, type DatedMessage } from '../core/reply-detection';
import type { Interview } from '../core/interview';
import type { ShownMessage } from '../core/thread-facts';
import type { Change } from './interview-changes';
import { readShownDate } from './read-shown-date';

/** The page's messages with their dates read in whichever supported language the page shows. */
export function datedMessages(messages: readonly ShownMessage[]): DatedMessage[] {
  return messages.map(({ senderEmail, dateText }) => ({
    senderEmail,
    at: readShownDate(dateText),
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
