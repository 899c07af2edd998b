/**
 * How much of a thread a content script sends for prefill: the newest messages, each cut to a
 * length that holds any real recruiter email. The background refuses more.
 */
export const MAX_THREAD_MESSAGES = 50;
export const MAX_MESSAGE_TEXT = 20_000;
/** Unread inbox rows sent at once: more than a list page shows (Gmail's largest is 100). */
export const MAX_LIST_ROWS = 100;
