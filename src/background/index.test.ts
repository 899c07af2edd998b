import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { deliver } from '../messaging/test-support';
import { SETTINGS_KEY } from '../storage/keys';
import { alarmName } from './alarms';
import {
  alarms,
  badge,
  DAY,
  eventsOf,
  HOUR,
  INTERVIEW_START,
  local,
  notifications,
  setNow,
  startWorker,
  store,
  THANK_YOU_AT,
} from './test-support';

describe('service worker entry', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('registers every listener synchronously at load', async () => {
    await startWorker();
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onButtonClicked.hasListeners()).toBe(true);
  });

  it('runs the content script in the open mail tabs at its first start, not at later ones', async () => {
    const gmail = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    // fake-browser's query does not match URL patterns: the Gmail tab for Gmail's, as Chrome.
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (info) =>
      ([] as unknown[]).concat(info.url).includes('https://mail.google.com/*') ? [gmail] : [],
    );
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation(async () => []);
    await startWorker();
    await vi.waitFor(() =>
      expect(executeScript).toHaveBeenCalledWith({
        target: { tabId: gmail.id, allFrames: false },
        files: ['src/content/index.ts'],
      }),
    );
    expect(executeScript).toHaveBeenCalledTimes(1);
    // The worker stops when idle and starts again for an event: the tabs have the script already.
    await startWorker();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it.each(['install', 'update'] as const)(
    'on onInstalled (%s) keeps storage and rebuilds alarms, firing what is overdue',
    async (reason) => {
      setNow(THANK_YOU_AT + HOUR);
      const due = await store();
      const later = await store({ start: INTERVIEW_START + 3 * DAY });
      await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { myName: 'Alex' } });
      await startWorker();
      await fakeBrowser.runtime.onInstalled.trigger(
        reason === 'update' ? { reason, previousVersion: '0.0.1' } : { reason },
      );
      await vi.waitFor(async () => expect(await badge()).toBe('1'));

      expect(Object.keys(await notifications())).toEqual([`step:${due.id}:thankYou`]);
      expect((await alarms())[alarmName(later.id)]).toBe(THANK_YOU_AT + 3 * DAY);
      expect(await eventsOf(later.id)).toEqual([]);
      expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
        myName: 'Alex',
      });
    },
  );

  it('on onStartup rebuilds alarms', async () => {
    setNow(INTERVIEW_START - DAY);
    const interview = await store();
    await startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual({ [alarmName(interview.id)]: THANK_YOU_AT }),
    );
  });

  it('on its alarm, notifies the step that fell due', async () => {
    setNow(INTERVIEW_START - DAY);
    const interview = await store();
    await startWorker();
    setNow(THANK_YOU_AT);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: alarmName(interview.id),
      scheduledTime: THANK_YOU_AT,
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () =>
      expect(Object.keys(await notifications())).toEqual([`step:${interview.id}:thankYou`]),
    );
  });

  it('ignores alarms it does not own', async () => {
    setNow(THANK_YOU_AT);
    await store();
    await startWorker();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'other',
      scheduledTime: THANK_YOU_AT,
      persistAcrossSessions: false,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await notifications()).toEqual({});
  });

  it('answers messages from the extension', async () => {
    setNow(INTERVIEW_START - DAY);
    await store();
    await startWorker();
    const reply = await deliver({ name: 'interviews/list', payload: {} });
    expect(reply).toMatchObject({ ok: true, value: [{ interview: { company: 'Acme' } }] });
  });

  it('wires notification clicks and buttons', async () => {
    setNow(THANK_YOU_AT);
    const interview = await store();
    await startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    const id = `step:${interview.id}:thankYou`;
    await vi.waitFor(async () => expect(Object.keys(await notifications())).toEqual([id]));

    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await vi.waitFor(async () =>
      expect((await eventsOf(interview.id)).map((event) => event.type)).toEqual([
        'notified',
        'snoozed',
      ]),
    );
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(
        'chrome-extension://test-extension-id/src/popup/index.html',
      ),
    );
  });

  it('re-plans when settings change in storage', async () => {
    setNow(INTERVIEW_START + DAY);
    const interview = await store({
      events: [{ type: 'done', step: 'thankYou', at: THANK_YOU_AT }],
    });
    await startWorker();
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { checkInDays: 3 } });
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual({ [alarmName(interview.id)]: local(2026, 3, 6, 9) }),
    );
  });
});
