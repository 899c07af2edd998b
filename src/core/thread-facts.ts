/** What a content script reads from an open thread: plain data, whatever the mail site. */
export interface ThreadMessage {
  senderName: string;
  senderEmail: string;
  /** The date as the page shows it (a title or label). */
  dateText: string;
  /**
   * The time the site's own message id carries, epoch ms (Gmail's ids hold it; see
   * core/message-time.ts for how it and the shown date are weighed).
   */
  idTime?: number;
  text: string;
}

export interface ThreadFacts {
  subject: string;
  messages: ThreadMessage[];
  /** The signed-in user's address, when the page shows it. */
  userEmail: string | null;
}

/**
 * What reply detection needs of a message: its sender and its date as the page shows it (the
 * sender's name too: on the user's own messages it is the user's name).
 */
export type ShownMessage = Pick<
  ThreadMessage,
  'senderName' | 'senderEmail' | 'dateText' | 'idTime'
>;

/**
 * The user's name as their own messages show it: the sender name of a message from one of their
 * addresses. Not a name that is an address, nor one a message of someone else's also carries.
 */
export function ownName(
  messages: readonly Pick<ThreadMessage, 'senderName' | 'senderEmail'>[],
  userEmails: readonly string[],
): string | null {
  const users = userEmails.map((email) => email.toLowerCase());
  const isUser = (message: Pick<ThreadMessage, 'senderEmail'>) =>
    users.includes(message.senderEmail.toLowerCase());
  const others = new Set(messages.filter((m) => !isUser(m)).map((m) => m.senderName.trim()));
  const name = messages
    .filter(isUser)
    .map((message) => message.senderName.trim())
    .find((candidate) => candidate && !candidate.includes('@') && !others.has(candidate));
  return name ?? null;
}
