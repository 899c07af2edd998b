import { describe, expect, it } from 'vitest';
import { createInterview, type Interview } from './interview';
import { lastKnownMessage, listReplyAt, recordListReply } from './list-reply';

const HOUR = 3_600_000;
const start = Date.parse('2026-03-03T14:00:00-05:00');
const interview = (events: Interview['events'] = []): Interview => ({
  ...createInterview(
    {
      company: 'Acme',
      role: 'Engineer',
      interviewer: { name: 'Dana Whitaker', email: 'dana@acme.com' },
      start,
    },
    'iv-1',
    start - 24 * HOUR,
  ),
  events,
});
const end = start + 60 * 60_000;

describe('listReplyAt', () => {
  it('counts an unread row dated after the interview', () => {
    expect(listReplyAt(interview(), end + HOUR)).toBe(end + HOUR);
  });

  it('ignores a row no newer than the last message known: the interview, a reply, a follow-up', () => {
    expect(listReplyAt(interview(), end)).toBeUndefined();
    expect(listReplyAt(interview(), start - HOUR)).toBeUndefined();
    const replied = interview([{ type: 'reply', at: end + 5 * HOUR }]);
    expect(listReplyAt(replied, end + 4 * HOUR)).toBeUndefined();
    expect(listReplyAt(replied, end + 6 * HOUR)).toBe(end + 6 * HOUR);
    const followedUp = interview([{ type: 'done', step: 'thankYou', at: end + 20 * HOUR }]);
    expect(lastKnownMessage(followedUp)).toBe(end + 20 * HOUR);
    expect(listReplyAt(followedUp, end + 19 * HOUR)).toBeUndefined();
  });

  it('counts nothing for a date no language reads', () => {
    expect(listReplyAt(interview(), undefined)).toBeUndefined();
  });

  it('knows the thread as it was when tagged, after the interview too', () => {
    const late = { ...interview(), createdAt: end + 10 * HOUR };
    expect(listReplyAt(late, end + 9 * HOUR)).toBeUndefined();
    // Lists show minutes: a row of the minute it was tagged in came after (the thread was open).
    const tagged = { ...interview(), createdAt: end + 10 * HOUR + 30_000 };
    expect(listReplyAt(tagged, end + 10 * HOUR)).toBe(end + 10 * HOUR);
    expect(listReplyAt(tagged, end + 10 * HOUR - 60_000)).toBeUndefined();
  });
});

describe('recordListReply', () => {
  it('adds one reply event, and none when run again on the stored result (two tabs)', () => {
    const once = recordListReply(end + HOUR)(interview());
    expect(once.events).toEqual([{ type: 'reply', at: end + HOUR }]);
    expect(recordListReply(end + HOUR)(once)).toBe(once);
  });
});
