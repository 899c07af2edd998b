/** What a content script reads from an open thread: plain data, whatever the mail site. */
export interface ThreadMessage {
  senderName: string;
  senderEmail: string;
  /** The date as the page shows it (a title or label). */
  dateText: string;
  text: string;
}

export interface ThreadFacts {
  subject: string;
  messages: ThreadMessage[];
  /** The signed-in user's address, when the page shows it. */
  userEmail: string | null;
}

/** What reply detection needs of a message: its sender and its date as the page shows it. */
export type ShownMessage = Pick<ThreadMessage, 'senderEmail' | 'dateText'>;
