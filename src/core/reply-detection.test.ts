import { describe, expect, it } from 'vitest';
import { createInterview, type Interview } from './interview';
import { replyAwaitsAnswer, unseenEmployerReply } from './reply-detection';
import type { ThreadMessage } from './thread-facts';

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
    start - 86_400_000,
  ),
  events,
});
const message = (from: string, dateText: string): ThreadMessage => ({
  senderName: from,
  senderEmail: from,
  dateText,
  text: '',
});

describe('unseenEmployerReply', () => {
  const user = 'alex@gmail.com';

  it('finds an employer message after the interview', () => {
    const found = unseenEmployerReply(
      [
        message('dana@acme.com', 'Mar 1, 2026, 9:00 AM'),
        message('dana@acme.com', 'Mar 5, 2026, 9:00 AM'),
      ],
      user,
      interview(),
    );
    expect(found).toBe(Date.parse('Mar 5, 2026, 9:00 AM'));
  });

  it("ignores the user's own messages and those before the interview ended", () => {
    expect(
      unseenEmployerReply(
        [
          message('dana@acme.com', 'Mar 3, 2026, 2:30 PM'),
          message('ALEX@gmail.com', 'Mar 5, 2026, 9:00 AM'),
        ],
        user,
        interview(),
      ),
    ).toBeUndefined();
  });

  it('ignores a reply already recorded, and unreadable dates', () => {
    const at = Date.parse('Mar 5, 2026, 9:00 AM');
    expect(
      unseenEmployerReply(
        [
          message('dana@acme.com', 'Mar 5, 2026, 9:00 AM'),
          message('dana@acme.com', 'yesterday-ish'),
        ],
        user,
        interview([{ type: 'reply', at }]),
      ),
    ).toBeUndefined();
  });
});

describe('replyAwaitsAnswer', () => {
  it('asks until the user answers with a status or keeps reminders', () => {
    expect(replyAwaitsAnswer(interview())).toBe(false);
    expect(replyAwaitsAnswer(interview([{ type: 'reply', at: 10 }]))).toBe(true);
    expect(
      replyAwaitsAnswer(
        interview([
          { type: 'reply', at: 10 },
          { type: 'resumed', at: 11 },
        ]),
      ),
    ).toBe(false);
    expect(
      replyAwaitsAnswer(
        interview([
          { type: 'reply', at: 10 },
          { type: 'status', status: 'awaiting', at: 11 },
        ]),
      ),
    ).toBe(false);
  });
});
