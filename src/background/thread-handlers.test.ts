import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownUserEmails } from '../storage/identity';
import { extensionSender } from '../messaging/test-support';
import { handlers } from './handlers';
import {
  DAY,
  eventsOf,
  INTERVIEW_START,
  local,
  setNow,
  store,
  THANK_YOU_AT,
  withThread,
} from './test-support';

const ctx = { sender: extensionSender() };
/** How Gmail shows a date in English: "Thu, Mar 5, 2026, 2:00 PM". */
const shown = (at: number) =>
  new Date(at).toLocaleString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });

describe('threads/check-reply', () => {
  beforeEach(() => setNow(INTERVIEW_START + 3 * DAY));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("records the employer's new message once, however often the thread is read", async () => {
    const interview = await store();
    const reply = {
      senderName: 'Dana Whitaker',
      senderEmail: interview.interviewer.email,
      dateText: shown(INTERVIEW_START + DAY),
    };
    const request = { id: interview.id, messages: [reply], userEmail: 'alex@gmail.com' };
    const first = await handlers['threads/check-reply'](request, ctx);
    await handlers['threads/check-reply'](request, ctx);
    expect(first.view?.interview.status).toBe('awaiting');
    expect(first.repliesUnnoticeable).toBe(false);
    expect((await eventsOf(interview.id)).filter((event) => event.type === 'reply')).toEqual([
      { type: 'reply', at: INTERVIEW_START + DAY },
    ]);
  });

  it("does not take the user's message sent from here for a reply when the page hides who the user is", async () => {
    const interview = await store({
      events: [{ type: 'done', step: 'thankYou', at: THANK_YOU_AT }],
    });
    const own = {
      senderName: 'Alex Morgan',
      senderEmail: 'alex@gmail.com',
      dateText: shown(THANK_YOU_AT + 60_000),
    };
    const { view } = await handlers['threads/check-reply'](
      { id: interview.id, messages: [own], userEmail: null },
      ctx,
    );
    expect(view?.interview.updatedAt).toBe(interview.updatedAt);
    expect((await eventsOf(interview.id)).some((event) => event.type === 'reply')).toBe(false);
  });

  it('remembers the address a page showed, for pages that show none', async () => {
    const interview = await store();
    const mine = {
      senderName: 'Alex Morgan',
      senderEmail: 'alex@gmail.com',
      dateText: shown(INTERVIEW_START + 2 * DAY),
    };
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [], userEmail: 'Alex@gmail.com' },
      ctx,
    );
    expect(await knownUserEmails()).toEqual(['alex@gmail.com']);
    // A later page without the account button: the remembered address still marks Alex's own.
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [mine], userEmail: null },
      ctx,
    );
    expect((await eventsOf(interview.id)).some((event) => event.type === 'reply')).toBe(false);
  });

  it.each([
    ['Spanish Gmail', 'jue, 5 mar 2026, 14:00'],
    ['German Outlook', 'Do 05.03.2026 14:00'],
    ['French Gmail', 'jeu. 5 mars 2026, 14:00'],
  ])("reads the employer's reply dated as %s shows it", async (_page, dateText) => {
    const interview = await store();
    const reply = { senderName: 'Dana', senderEmail: interview.interviewer.email, dateText };
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [reply], userEmail: 'alex@gmail.com' },
      ctx,
    );
    expect((await eventsOf(interview.id)).filter((event) => event.type === 'reply')).toEqual([
      { type: 'reply', at: new Date(2026, 2, 5, 14, 0).getTime() },
    ]);
  });

  it('ignores dates it cannot read, and answers null for an interview that is gone', async () => {
    const interview = await store();
    const odd = {
      senderName: 'Dana',
      senderEmail: interview.interviewer.email,
      dateText: 'the other day',
    };
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [odd], userEmail: 'alex@gmail.com' },
      ctx,
    );
    expect(await eventsOf(interview.id)).toEqual([]);
    expect(
      await handlers['threads/check-reply']({ id: 'gone', messages: [], userEmail: null }, ctx),
    ).toEqual({ view: null, repliesUnnoticeable: false });
  });

  it("says replies cannot be noticed when no time of the others' messages can be read", async () => {
    const interview = await store();
    const dana = { senderName: 'Dana', senderEmail: interview.interviewer.email };
    const own = { senderName: 'Alex', senderEmail: 'alex@gmail.com', dateText: '' };
    const italian = { ...dana, dateText: 'gio 26/02/2026 10:15' };
    const check = (messages: object[]) =>
      handlers['threads/check-reply'](
        { id: interview.id, messages: messages as never, userEmail: 'alex@gmail.com' },
        ctx,
      );
    expect((await check([italian, own])).repliesUnnoticeable).toBe(true);
    // One readable time among them, or an id's time, is enough to notice a reply by.
    const readable = { ...dana, dateText: shown(INTERVIEW_START - DAY) };
    expect((await check([readable, italian])).repliesUnnoticeable).toBe(false);
    expect((await check([{ ...italian, idTime: INTERVIEW_START - DAY }])).repliesUnnoticeable).toBe(
      false,
    );
    // Only the user's own messages: there is no reply to notice yet.
    expect((await check([own])).repliesUnnoticeable).toBe(false);
    expect((await eventsOf(interview.id)).some((event) => event.type === 'reply')).toBe(false);
  });

  it('takes the time a message id carries when the page shows its date in a language it cannot read', async () => {
    const interview = await store();
    const at = INTERVIEW_START + DAY + 123;
    const italian = {
      senderName: 'Dana',
      senderEmail: interview.interviewer.email,
      dateText: 'ven 6 mar 2026, 14:00',
      idTime: at,
    };
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [italian], userEmail: 'alex@gmail.com' },
      ctx,
    );
    expect((await eventsOf(interview.id)).filter((event) => event.type === 'reply')).toEqual([
      { type: 'reply', at },
    ]);
  });

  it('believes the shown date over an id time days away from it', async () => {
    const interview = await store();
    const message = {
      senderName: 'Dana',
      senderEmail: interview.interviewer.email,
      dateText: shown(INTERVIEW_START - 2 * DAY),
      idTime: INTERVIEW_START + DAY,
    };
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [message], userEmail: 'alex@gmail.com' },
      ctx,
    );
    expect((await eventsOf(interview.id)).filter((event) => event.type === 'reply')).toEqual([]);
  });
});

describe('the name the mail pages show', () => {
  it('fills {myName} in drafts while Settings has no name, and Settings wins once it has one', async () => {
    const interview = await store(withThread('t-name'));
    const own = { senderName: 'Alex Morgan', senderEmail: 'alex@gmail.com', dateText: '' };
    await handlers['threads/check-reply'](
      { id: interview.id, messages: [own], userEmail: 'alex@gmail.com' },
      ctx,
    );
    const drafts = async () =>
      (await handlers['compose/context']({ threadId: 't-name', addresses: [] }, ctx)).drafts;
    const thankYou = async () => (await drafts()).find((draft) => draft.step === 'thankYou');
    expect((await thankYou())?.text).toContain('Alex Morgan');
    expect((await thankYou())?.text).not.toContain('[your name]');

    // The account button's name, sent with the compose's context, wins over an older reading.
    await handlers['compose/context'](
      { threadId: 't-name', addresses: [], userName: 'Alex J. Morgan' },
      ctx,
    );
    expect((await thankYou())?.text).toContain('Alex J. Morgan');

    await handlers['settings/update']({ changes: { myName: 'A. Morgan' } }, ctx);
    expect((await thankYou())?.text).toContain('A. Morgan');
    expect((await thankYou())?.text).not.toContain('Alex Morgan');
  });
});

describe('threads/prefill and who the user is', () => {
  const dana = {
    senderName: 'Dana Whitaker',
    senderEmail: 'dana@acme.example',
    dateText: '',
    text: 'Hi Alex, can you do Tuesday?',
  };
  const alex = { ...dana, senderName: 'Alex Morgan', senderEmail: 'alex@gmail.com', text: 'Yes!' };
  const facts = (userEmail: string | null) => ({
    subject: 'Interview for Engineer at Acme',
    messages: [dana, alex],
    userEmail,
  });

  it('uses an address remembered from an earlier page when this one shows none', async () => {
    await handlers['threads/prefill']({ facts: facts('alex@gmail.com') }, ctx);
    const prefill = await handlers['threads/prefill']({ facts: facts(null) }, ctx);
    expect(prefill.interviewerEmail).toBe('dana@acme.example');
  });
});

describe('threads/invitation', () => {
  const dana = {
    senderEmail: 'dana@acme.example',
    dateText: 'Tue, Feb 24, 2026, 10:15 AM',
    text: 'We would like to invite you to an interview on Tuesday, March 3 at 2:00 PM.',
  };
  const ask = (messages: (typeof dana)[], userEmail: string | null = null) =>
    handlers['threads/invitation']({ facts: { subject: 'Acme', messages, userEmail } }, ctx);

  it('answers whether the thread reads like an invitation, its dates read in the background', async () => {
    expect(await ask([dana])).toBe(true);
    expect(await ask([{ ...dana, text: 'Are you free for dinner on Sunday at 6?' }])).toBe(false);
  });

  it("knows the user's own message by an address an earlier page showed", async () => {
    const own = { ...dana, senderEmail: 'alex@gmail.com' };
    expect(await ask([own])).toBe(true);
    await handlers['threads/prefill'](
      { facts: { subject: 'Acme', messages: [], userEmail: 'alex@gmail.com' } },
      ctx,
    );
    expect(await ask([own])).toBe(false);
  });
});

describe('threads/list-replies', () => {
  beforeEach(() => setNow(INTERVIEW_START + 3 * DAY));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  const replies = async (id: string) =>
    (await eventsOf(id)).filter((event) => event.type === 'reply');

  it('records an unread row of a tracked thread newer than the interview, once for two tabs', async () => {
    const interview = await store(withThread('t-acme'));
    const rows = ['t-acme', 't-other'].map((threadId) => ({
      threadId,
      dateTexts: [shown(INTERVIEW_START + DAY)],
    }));
    const [first, second] = await Promise.all([
      handlers['threads/list-replies']({ rows }, ctx),
      handlers['threads/list-replies']({ rows }, ctx),
    ]);
    expect(first.recorded + second.recorded).toBe(1);
    expect(await replies(interview.id)).toEqual([{ type: 'reply', at: INTERVIEW_START + DAY }]);
  });

  it('records nothing for a row older than the last message known, or a date it cannot read', async () => {
    const interview = await store({
      ...withThread('t-acme'),
      events: [{ type: 'reply', at: INTERVIEW_START + 2 * DAY }],
    });
    const { recorded } = await handlers['threads/list-replies'](
      {
        rows: [
          { threadId: 't-acme', dateTexts: [shown(INTERVIEW_START + DAY)] },
          { threadId: 't-acme', dateTexts: ['yesterday-ish', '03/04/2026'] },
        ],
      },
      ctx,
    );
    expect(recorded).toBe(0);
    expect(await replies(interview.id)).toEqual([{ type: 'reply', at: INTERVIEW_START + 2 * DAY }]);
  });

  it('reads the first date text that any supported language reads (the title before the shown text)', async () => {
    const interview = await store(withThread('t-acme'));
    await handlers['threads/list-replies'](
      { rows: [{ threadId: 't-acme', dateTexts: ['14:05', 'Do., 5. März 2026, 14:05'] }] },
      ctx,
    );
    expect(await replies(interview.id)).toEqual([{ type: 'reply', at: local(2026, 3, 5, 14, 5) }]);
  });

  it("reads a row by its newest message id's time, whatever the language of its date", async () => {
    const interview = await store(withThread('t-acme'));
    const at = INTERVIEW_START + DAY;
    await handlers['threads/list-replies'](
      { rows: [{ threadId: 't-acme', dateTexts: ['6 mar'], idTime: at }] },
      ctx,
    );
    expect(await replies(interview.id)).toEqual([{ type: 'reply', at }]);
  });
});
