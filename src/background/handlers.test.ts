import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import type { InterviewInput } from '../core/interview';
import { handleMessages } from '../messaging/handle';
import { deliver, extensionSender } from '../messaging/test-support';
import { interviewKey } from '../storage/keys';
import { DEFAULT_SETTINGS } from '../storage/settings';
import { alarmName, reconcile } from './alarms';
import { handlers } from './handlers';
import {
  alarms,
  badge,
  CHECK_IN_AT,
  DAY,
  eventsOf,
  HOUR,
  INTERVIEW_START,
  local,
  notifications,
  setNow,
  store,
  THANK_YOU_AT,
  withThread,
} from './test-support';

const ctx = { sender: extensionSender() };

const input: InterviewInput = {
  company: ' Acme ',
  role: 'Senior Software Engineer',
  interviewer: { name: 'Dana Whitaker', email: 'dana@acme.example' },
  start: INTERVIEW_START,
  ...withThread(),
};

describe('background handlers', () => {
  beforeEach(() => {
    setNow(INTERVIEW_START - DAY);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  describe('interviews/create', () => {
    it('stores a new interview, plans it and arms its alarm', async () => {
      const view = await handlers['interviews/create']({ input }, ctx);
      const { interview, plan } = view;
      expect(interview).toMatchObject({
        company: 'Acme',
        status: 'scheduled',
        events: [],
        createdAt: INTERVIEW_START - DAY,
      });
      expect(interview.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(plan.next).toMatchObject({ step: 'thankYou', remindAt: THANK_YOU_AT });
      expect(
        (await fakeBrowser.storage.local.get(interviewKey(interview.id)))[
          interviewKey(interview.id)
        ],
      ).toEqual(interview);
      expect(await alarms()).toEqual({ [alarmName(interview.id)]: THANK_YOU_AT });
    });

    it('notifies at once when the reminder has already passed, and answers with that recorded', async () => {
      setNow(THANK_YOU_AT + HOUR);
      const { interview, plan } = await handlers['interviews/create']({ input }, ctx);
      expect(interview.status).toBe('awaiting');
      expect(interview.events).toEqual([
        { type: 'notified', step: 'thankYou', at: THANK_YOU_AT + HOUR },
      ]);
      expect(plan.due.map((step) => step.step)).toEqual(['thankYou']);
      expect(Object.keys(await notifications())).toEqual([`step:${interview.id}:thankYou`]);
      expect(await badge()).toBe('1');
    });
  });

  it('interviews/list and interviews/get answer with plans', async () => {
    const a = await store({ company: 'Acme' });
    const b = await store({ company: 'Globex', start: INTERVIEW_START + DAY });
    const list = await handlers['interviews/list']({}, ctx);
    expect(list.map(({ interview }) => interview.company)).toEqual(['Acme', 'Globex']);
    expect(list.every(({ plan }) => plan.next?.step === 'thankYou')).toBe(true);
    expect((await handlers['interviews/get']({ id: b.id }, ctx))?.interview).toEqual(b);
    expect(await handlers['interviews/get']({ id: 'nope' }, ctx)).toBeNull();
    expect(a.id).not.toBe(b.id);
  });

  it('interviews/cards answers with one small row per interview, planned', async () => {
    const acme = await store({ company: 'Acme', notes: 'A long note '.repeat(100) });
    setNow(THANK_YOU_AT + HOUR);
    const cards = await handlers['interviews/cards']({}, ctx);
    expect(cards).toEqual([
      {
        id: acme.id,
        company: 'Acme',
        role: acme.role,
        interviewerName: acme.interviewer.name,
        status: 'awaiting',
        start: acme.start,
        updatedAt: acme.updatedAt,
        next: expect.objectContaining({ step: 'thankYou', state: 'due' }),
        dueCount: 1,
        stopSuggested: false,
        replyAwaits: false,
      },
    ]);
    // Notes, contacts, events and the other steps stay in the worker until a row is opened.
    expect(JSON.stringify(cards).length).toBeLessThan(500);
  });

  it('interviews/find-by-thread prefers the open interview, then the newest', async () => {
    await store({ ...withThread('t1'), status: 'rejected', createdAt: 3 });
    const open = await store({ ...withThread('t1'), createdAt: 1 });
    await store({ ...withThread('t2') });
    const found = await handlers['interviews/find-by-thread']({ threadId: 't1' }, ctx);
    expect(found?.interview.id).toBe(open.id);
    expect(await handlers['interviews/find-by-thread']({ threadId: 'none' }, ctx)).toBeNull();
  });

  it('interviews/update changes fields, re-plans and moves the alarm', async () => {
    const interview = await store();
    const later = INTERVIEW_START + 2 * DAY;
    const view = await handlers['interviews/update'](
      { id: interview.id, changes: { company: ' Acme Corp ', start: later } },
      ctx,
    );
    expect(view.interview).toMatchObject({
      company: 'Acme Corp',
      start: later,
      status: 'scheduled',
      createdAt: interview.createdAt,
      updatedAt: INTERVIEW_START - DAY,
    });
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: THANK_YOU_AT + 2 * DAY });
    await expect(handlers['interviews/update']({ id: 'nope', changes: {} }, ctx)).rejects.toThrow(
      'No interview with id "nope"',
    );
  });

  it('interviews/delete removes the record, its alarm and its notifications', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const interview = await store();
    const other = await store({ start: INTERVIEW_START + 3 * DAY });
    await reconcile();
    expect(Object.keys(await notifications())).toEqual([`step:${interview.id}:thankYou`]);

    expect(await handlers['interviews/delete']({ id: interview.id }, ctx)).toEqual({
      deleted: true,
    });
    expect(await handlers['interviews/get']({ id: interview.id }, ctx)).toBeNull();
    expect(await alarms()).toEqual({ [alarmName(other.id)]: THANK_YOU_AT + 3 * DAY });
    expect(await notifications()).toEqual({});
    expect(await badge()).toBe('');
    expect(await handlers['interviews/delete']({ id: interview.id }, ctx)).toEqual({
      deleted: false,
    });
  });

  describe('steps', () => {
    beforeEach(() => setNow(THANK_YOU_AT + HOUR));

    it('steps/done settles the step, clears its notification and the badge', async () => {
      const { interview } = await handlers['interviews/create']({ input }, ctx);
      expect(await badge()).toBe('1');
      const view = await handlers['steps/done']({ id: interview.id, step: 'thankYou' }, ctx);
      expect(view.plan.steps.find((step) => step.step === 'thankYou')?.state).toBe('done');
      expect(view.plan.next?.step).toBe('checkIn');
      expect(await notifications()).toEqual({});
      expect(await badge()).toBe('');
      expect(await alarms()).toEqual({ [alarmName(interview.id)]: CHECK_IN_AT });
    });

    it('steps/skip settles the step as skipped', async () => {
      const interview = await store();
      const view = await handlers['steps/skip']({ id: interview.id, step: 'thankYou' }, ctx);
      expect(view.plan.steps.find((step) => step.step === 'thankYou')?.state).toBe('skipped');
      expect(view.interview.events).toEqual([
        { type: 'skipped', step: 'thankYou', at: THANK_YOU_AT + HOUR },
      ]);
    });

    it('steps/snooze moves the reminder and its alarm', async () => {
      const interview = await store();
      const until = THANK_YOU_AT + 4 * HOUR;
      const view = await handlers['steps/snooze'](
        { id: interview.id, step: 'thankYou', until },
        ctx,
      );
      expect(view.plan.next).toMatchObject({
        step: 'thankYou',
        remindAt: until,
        state: 'upcoming',
      });
      expect(await alarms()).toEqual({ [alarmName(interview.id)]: until });
      expect(await badge()).toBe('');
    });
  });

  it('interviews/reply pauses check-ins and interviews/resume restarts them', async () => {
    setNow(INTERVIEW_START + 2 * DAY);
    const interview = await store({
      events: [{ type: 'done', step: 'thankYou', at: THANK_YOU_AT }],
    });
    const replied = await handlers['interviews/reply'](
      { id: interview.id, at: INTERVIEW_START + DAY },
      ctx,
    );
    expect(replied.plan.steps.find((step) => step.step === 'checkIn')?.state).toBe('paused');
    expect((await alarms())[alarmName(interview.id)]).toBeUndefined();

    const resumed = await handlers['interviews/resume']({ id: interview.id }, ctx);
    expect(resumed.plan.next).toMatchObject({ step: 'checkIn', state: 'upcoming' });
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: CHECK_IN_AT });
  });

  it('interviews/close records the status, cancels reminders, and plans feedback after a rejection', async () => {
    const interview = await store();
    const offer = await handlers['interviews/close']({ id: interview.id, status: 'offer' }, ctx);
    expect(offer.interview.status).toBe('offer');
    expect(offer.interview.events).toEqual([
      { type: 'status', status: 'offer', at: INTERVIEW_START - DAY },
    ]);
    expect(offer.plan.next).toBeUndefined();
    expect(await alarms()).toEqual({});

    const rejected = await handlers['interviews/close'](
      { id: interview.id, status: 'rejected' },
      ctx,
    );
    expect(rejected.plan.next?.step).toBe('feedback');
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: INTERVIEW_START });
  });

  it('storage/problems lists quarantined records', async () => {
    await store();
    await fakeBrowser.storage.local.set({ [interviewKey('broken')]: { id: 'broken', company: 1 } });
    expect(await handlers['interviews/list']({}, ctx)).toHaveLength(1);
    const problems = await handlers['storage/problems']({}, ctx);
    expect(problems).toMatchObject([
      { key: interviewKey('broken'), value: { id: 'broken', company: 1 } },
    ]);
  });

  it('settings/get and settings/update read, save and re-plan', async () => {
    const interview = await store({
      events: [{ type: 'done', step: 'thankYou', at: THANK_YOU_AT }],
    });
    expect(await handlers['settings/get']({}, ctx)).toEqual({
      settings: DEFAULT_SETTINGS,
      source: 'default',
    });
    const saved = await handlers['settings/update']({ changes: { checkInDays: 5 } }, ctx);
    expect(saved).toMatchObject({ storedIn: 'sync', settings: { checkInDays: 5 } });
    expect((await handlers['settings/get']({}, ctx)).settings.checkInDays).toBe(5);
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: local(2026, 3, 8, 9) });
  });

  describe('concurrent changes', () => {
    it('lose nothing when many arrive at once for the same interview', async () => {
      const interview = await store();
      const snoozes = Array.from({ length: 20 }, (_, i) =>
        handlers['steps/snooze'](
          { id: interview.id, step: 'checkIn', until: CHECK_IN_AT + i },
          ctx,
        ),
      );
      await Promise.all([
        ...snoozes,
        handlers['steps/done']({ id: interview.id, step: 'thankYou' }, ctx),
        handlers['interviews/update'](
          { id: interview.id, changes: { notes: 'liked the team' } },
          ctx,
        ),
        handlers['interviews/reply']({ id: interview.id, at: INTERVIEW_START + HOUR }, ctx),
      ]);
      const events = await eventsOf(interview.id);
      expect(events.filter((event) => event.type === 'snoozed')).toHaveLength(20);
      expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['done', 'reply']));
      expect((await handlers['interviews/get']({ id: interview.id }, ctx))?.interview.notes).toBe(
        'liked the team',
      );
    });

    it('keep every interview created at once', async () => {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          handlers['interviews/create']({ input: { ...input, company: `Company ${i}` } }, ctx),
        ),
      );
      expect(await handlers['interviews/list']({}, ctx)).toHaveLength(10);
      expect(Object.keys(await alarms())).toHaveLength(10);
    });
  });

  describe('compose/context', () => {
    it('matches by thread, else by a recipient who is a tracked interviewer', async () => {
      const { interview } = await handlers['interviews/create']({ input }, ctx);
      const threadId = interview.thread?.threadId ?? '';
      const byThread = await handlers['compose/context']({ threadId, addresses: [] }, ctx);
      expect(byThread.view?.interview.id).toBe(interview.id);
      const byAddress = await handlers['compose/context'](
        { threadId: null, addresses: ['DANA@acme.example'] },
        ctx,
      );
      expect(byAddress.view?.interview.id).toBe(interview.id);
      const none = await handlers['compose/context'](
        { threadId: 'other', addresses: ['someone@else.example'] },
        ctx,
      );
      expect(none.view).toBeNull();
      expect(none.drafts.map((draft) => draft.step)).toContain('thankYou');
    });

    it("drafts in the interview's language, else in the extension's", async () => {
      const { interview } = await handlers['interviews/create'](
        { input: { ...input, language: 'es' } },
        ctx,
      );
      const threadId = interview.thread?.threadId ?? '';
      const thankYou = async () =>
        (await handlers['compose/context']({ threadId, addresses: [] }, ctx)).drafts.find(
          (draft) => draft.step === 'thankYou',
        );
      expect((await thankYou())?.name).toBe('Mensaje de agradecimiento');
      expect((await thankYou())?.text).toContain('Muchas gracias por dedicarme su tiempo el');

      await handlers['interviews/update']({ id: interview.id, changes: { notes: 'x' } }, ctx);
      expect((await thankYou())?.name).toBe('Mensaje de agradecimiento');
      await handlers['interviews/update']({ id: interview.id, changes: { language: null } }, ctx);
      expect(
        (await handlers['interviews/get']({ id: interview.id }, ctx))?.interview,
      ).not.toHaveProperty('language');
      expect((await thankYou())?.name).toBe('Thank-you note');
      installCatalogue('de', 'de-DE');
      expect((await thankYou())?.text).toMatch(
        /^Hallo Dana,\n\nvielen Dank, dass Sie sich am \w+tag/,
      );
      const blank = await handlers['compose/context']({ threadId: null, addresses: [] }, ctx);
      expect(blank.drafts.find((draft) => draft.step === 'thankYou')?.text).toContain(
        '[Vorname Ihres Gesprächspartners]',
      );
    });

    it('does not match a closed interview by address', async () => {
      const { interview } = await handlers['interviews/create']({ input }, ctx);
      await handlers['interviews/close']({ id: interview.id, status: 'withdrawn' }, ctx);
      const context = await handlers['compose/context'](
        { threadId: null, addresses: ['dana@acme.example'] },
        ctx,
      );
      expect(context.view).toBeNull();
    });

    it("carries the user's name from the settings", async () => {
      await handlers['settings/update']({ changes: { myName: 'Alex Morgan' } }, ctx);
      const context = await handlers['compose/context']({ threadId: null, addresses: [] }, ctx);
      const thankYou = context.drafts.find((draft) => draft.step === 'thankYou');
      expect(thankYou?.text).toContain('Alex Morgan');
    });
  });

  it('answer over runtime messaging as { ok, value } and { ok: false, error }', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handleMessages(handlers);
    const created = await deliver({ name: 'interviews/create', payload: { input } });
    expect(created).toMatchObject({ ok: true, value: { interview: { company: 'Acme' } } });
    expect(
      await deliver({ name: 'steps/done', payload: { id: 'nope', step: 'thankYou' } }),
    ).toEqual({
      ok: false,
      error: 'No interview with id "nope"',
    });
  });

  it("gives one language's templates by message, English when none is named", async () => {
    handleMessages(handlers);
    const names = async (payload: object) => {
      const reply = (await deliver({ name: 'templates/get', payload })) as {
        ok: boolean;
        value?: { templates: { name: string }[] };
        error?: string;
      };
      return reply.ok ? reply.value?.templates[0]?.name : reply.error;
    };
    expect(await names({})).toBe('Thank-you note');
    expect(await names({ language: 'fr' })).toBe('Message de remerciement');
    expect(await names({ language: 'it' })).toMatch(/Invalid payload/);
  });
});
