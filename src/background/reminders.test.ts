import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import { fireDueReminders } from './reminders';
import {
  actAsFirefox,
  CHECK_IN_AT,
  DAY,
  eventsOf,
  HOUR,
  INTERVIEW_START,
  notifications,
  setNow,
  store,
  THANK_YOU_AT,
} from './test-support';

describe('fireDueReminders', () => {
  beforeEach(() => installCatalogue());

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows one due step as its own notification, naming step, person and company', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const interview = await store();
    const fired = await fireDueReminders();
    expect(fired.map(({ step }) => step)).toEqual(['thankYou']);
    expect(await notifications()).toEqual({
      [`step:${interview.id}:thankYou`]: {
        type: 'basic',
        iconUrl: 'chrome-extension://test-extension-id/icons/icon-128.png',
        title: 'Thank-you note due: Dana Whitaker at Acme',
        message: 'Senior Software Engineer, interview on Tue, Mar 3',
        buttons: [{ title: 'Open thread' }, { title: 'Snooze 1 day' }],
      },
    });
    expect(await eventsOf(interview.id)).toEqual([
      { type: 'notified', step: 'thankYou', at: THANK_YOU_AT + HOUR },
    ]);
  });

  it('names only the company when no interviewer was given', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const interview = await store({ interviewer: { name: '', email: '' }, role: '' });
    await fireDueReminders();
    expect((await notifications())[`step:${interview.id}:thankYou`]).toMatchObject({
      title: 'Thank-you note due: Acme',
      message: 'Your interview on Tue, Mar 3',
    });
  });

  it('speaks the UI language: step, words and date from the Spanish catalogue', async () => {
    installCatalogue('es', 'es-ES');
    setNow(THANK_YOU_AT + HOUR);
    const interview = await store();
    await fireDueReminders();
    expect((await notifications())[`step:${interview.id}:thankYou`]).toMatchObject({
      title: 'Mensaje de agradecimiento pendiente: Dana Whitaker de Acme',
      message: 'Senior Software Engineer, entrevista del mar, 3 mar',
      buttons: [{ title: 'Abrir conversación' }, { title: 'Posponer 1 día' }],
    });
  });

  it('writes a Spanish digest under the Spanish catalogue', async () => {
    installCatalogue('es', 'es-ES');
    setNow(CHECK_IN_AT + HOUR);
    await store();
    await store({ company: 'Globex', interviewer: { name: '', email: '' }, role: '' });
    await fireDueReminders();
    const [digest] = Object.values(await notifications());
    expect(digest?.title).toBe('4 seguimientos pendientes');
    expect(digest?.message.split('\n').sort()).toEqual([
      'Consulta: Dana Whitaker de Acme',
      'Consulta: Globex',
      'Mensaje de agradecimiento: Dana Whitaker de Acme',
      'Mensaje de agradecimiento: Globex',
    ]);
  });

  it('gathers several due steps into one digest instead of a burst', async () => {
    setNow(CHECK_IN_AT + HOUR);
    // One interview with a thank-you and a check-in due, another with its thank-you due.
    const first = await store();
    const second = await store({
      company: 'Globex',
      interviewer: { name: 'Lee Park', email: '' },
      start: CHECK_IN_AT - 6 * HOUR,
    });
    const fired = await fireDueReminders();
    expect(fired).toHaveLength(3);

    const shown = await notifications();
    expect(Object.keys(shown)).toEqual([`digest:${CHECK_IN_AT + HOUR}`]);
    const digest = Object.values(shown)[0];
    expect(digest).toMatchObject({ title: '3 follow-ups are due', type: 'basic' });
    expect(digest?.message.split('\n').sort()).toEqual([
      'Check-in: Dana Whitaker at Acme',
      'Thank-you note: Dana Whitaker at Acme',
      'Thank-you note: Lee Park at Globex',
    ]);
    expect((await eventsOf(first.id)).map((event) => event.type)).toEqual(['notified', 'notified']);
    expect((await eventsOf(second.id)).map((event) => event.type)).toEqual(['notified']);
  });

  it('never notifies the same step twice, even when fired concurrently', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const interview = await store();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const results = await Promise.all([fireDueReminders(), fireDueReminders()]);
    expect(results.map((fired) => fired.length).sort()).toEqual([0, 1]);
    setNow(THANK_YOU_AT + 5 * HOUR);
    expect(await fireDueReminders()).toEqual([]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await eventsOf(interview.id)).toHaveLength(1);
  });

  it('notifies a snoozed step again once the snooze is over', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const interview = await store({
      events: [
        { type: 'notified', step: 'thankYou', at: THANK_YOU_AT },
        { type: 'snoozed', step: 'thankYou', until: THANK_YOU_AT + 2 * HOUR, at: THANK_YOU_AT },
      ],
    });
    expect(await fireDueReminders()).toEqual([]);
    setNow(THANK_YOU_AT + 2 * HOUR);
    expect((await fireDueReminders()).map(({ interview: { id } }) => id)).toEqual([interview.id]);
  });

  it('skips what is not to do: done steps, closed interviews, check-ins paused by a reply', async () => {
    setNow(CHECK_IN_AT + HOUR);
    await store({
      events: [
        { type: 'done', step: 'thankYou', at: THANK_YOU_AT },
        { type: 'reply', at: INTERVIEW_START + DAY },
      ],
    });
    await store({ status: 'withdrawn' });
    expect(await fireDueReminders()).toEqual([]);
    expect(await notifications()).toEqual({});
  });

  it('adds no buttons where the browser shows none (Firefox, which throws on them)', async () => {
    const undo = actAsFirefox();
    try {
      setNow(THANK_YOU_AT + HOUR);
      await store();
      await fireDueReminders();
      const [options] = Object.values(await notifications());
      expect(options).toMatchObject({ title: 'Thank-you note due: Dana Whitaker at Acme' });
      expect(options).not.toHaveProperty('buttons');
    } finally {
      undo();
    }
  });
});
