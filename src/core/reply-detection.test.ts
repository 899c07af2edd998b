import { describe, expect, it } from 'vitest';
import { createInterview, type Interview } from './interview';
import { replyAwaitsAnswer, unseenEmployerReply, type DatedMessage } from './reply-detection';

const start = Date.parse('2026-03-03T14:00:00-05:00');
const HOUR = 3_600_000;
const interview = (events: Interview['events'] = []): Interview => ({
  ...createInterview(
    {
      company: 'Acme',
      role: 'Engineer',
      interviewer: { name: 'Dana Whitaker', email: 'dana@acme.com' },
      contacts: [{ name: 'Priya Shah', email: 'priya@gmail.com' }],
      start,
    },
    'iv-1',
    start - 86_400_000,
  ),
  events,
});
const message = (senderEmail: string, at: number | undefined): DatedMessage => ({
  senderEmail,
  at,
});

describe('unseenEmployerReply', () => {
  const user = ['alex@gmail.com'];

  it('finds an employer message after the interview', () => {
    const found = unseenEmployerReply(
      [message('dana@acme.com', start - 48 * HOUR), message('dana@acme.com', start + 48 * HOUR)],
      user,
      interview(),
    );
    expect(found).toBe(start + 48 * HOUR);
  });

  it("ignores the user's own messages (any case) and those before the interview ended", () => {
    expect(
      unseenEmployerReply(
        [message('dana@acme.com', start + HOUR / 2), message('ALEX@gmail.com', start + 48 * HOUR)],
        user,
        interview(),
      ),
    ).toBeUndefined();
  });

  it('ignores a reply already recorded, and dates that could not be read', () => {
    const at = start + 48 * HOUR;
    expect(
      unseenEmployerReply(
        [message('dana@acme.com', at), message('dana@acme.com', undefined)],
        user,
        interview([{ type: 'reply', at }]),
      ),
    ).toBeUndefined();
  });

  it('with the user unknown, counts only the employer: interviewer, contacts, their domain', () => {
    const later = start + 48 * HOUR;
    const unknownUser: string[] = [];
    expect(
      unseenEmployerReply([message('alex@gmail.com', later)], unknownUser, interview()),
    ).toBeUndefined();
    expect(
      unseenEmployerReply([message('someone@elsewhere.com', later)], unknownUser, interview()),
    ).toBeUndefined();
    expect(unseenEmployerReply([message('tom@acme.com', later)], unknownUser, interview())).toBe(
      later,
    );
    expect(unseenEmployerReply([message('priya@gmail.com', later)], unknownUser, interview())).toBe(
      later,
    );
    // A contact's free-mail domain does not make every gmail.com sender the employer.
    expect(
      unseenEmployerReply([message('bob@gmail.com', later)], unknownUser, interview()),
    ).toBeUndefined();
  });

  it('never takes the message sent from this browser for a reply, even from an unknown address', () => {
    const sent = start + 20 * HOUR;
    const done = interview([{ type: 'done', step: 'thankYou', at: sent }]);
    // The user's alias, not a known address of theirs, dated a minute after the step was done.
    expect(
      unseenEmployerReply([message('alex.m@outlook.com', sent + 60_000)], user, done),
    ).toBeUndefined();
    // The same alias a day later is someone else's message as far as anyone can tell.
    expect(unseenEmployerReply([message('alex.m@outlook.com', sent + 24 * HOUR)], user, done)).toBe(
      sent + 24 * HOUR,
    );
    // The employer answering within minutes is still a reply.
    expect(unseenEmployerReply([message('tom@acme.com', sent + 5 * 60_000)], user, done)).toBe(
      sent + 5 * 60_000,
    );
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
