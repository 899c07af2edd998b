/**
 * How much of a thread a content script sends for prefill: the newest messages, each cut to a
 * length that holds any real recruiter email. The background refuses more.
 */
export const MAX_THREAD_MESSAGES = 50;
export const MAX_MESSAGE_TEXT = 20_000;

/**
 * What a content script sends to ask whether a thread reads like an invitation: the newest few
 * messages, each cut to what an invitation's text fits in. A reply quoting the whole thread
 * below adds nothing but parsing time.
 */
export const MAX_INVITATION_MESSAGES = 3;
export const MAX_INVITATION_TEXT = 4_000;

/** Unread inbox rows sent at once: more than a list page shows (Gmail's largest is 100). */
export const MAX_LIST_ROWS = 100;
