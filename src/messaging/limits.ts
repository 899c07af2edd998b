/**
 * How much of a thread a content script sends for prefill: the newest messages, each cut to a
 * length that holds any real recruiter email. The background refuses more.
 */
export const MAX_THREAD_MESSAGES = 50;
export const MAX_MESSAGE_TEXT = 20_000;
