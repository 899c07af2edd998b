import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { alarmName } from './alarms';
import {
  actAsFirefox,
  alarms,
  CHECK_IN_AT,
  DAY,
  eventsOf,
  FIREFOX_BUTTONS_ERROR,
  HOUR,
  INTERVIEW_START,
  notifications,
  setNow,
  startWorker,
  store,
  THANK_YOU_AT,
} from './test-support';

/**
 * Where Firefox's alarms and background differ from Chrome's, the background needs no branch but
 * relies on its design (src/platform/browser-features.ts lists each difference). These tests hold
 * it there, with the fake browser answering as Firefox does.
 */
describe('the background in Firefox', () => {
  let undo: () => void;
  beforeEach(() => {
    undo = actAsFirefox();
  });
  afterEach(() => {
    undo();
    vi.useRealTimers();
  });

  it('is tested against a fake that refuses notification buttons, as Firefox does', () => {
    const create = fakeBrowser.notifications.create as (id: string, options: object) => unknown;
    const withButtons = { type: 'basic', title: 't', message: 'm', buttons: [{ title: 'b' }] };
    expect(() => create('n', withButtons)).toThrow(FIREFOX_BUTTONS_ERROR);
  });

  it('starts with no alarms after a browser restart: onStartup rebuilds them and notifies what fell due', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const due = await store();
    const later = await store({ start: INTERVIEW_START + 3 * DAY });
    // Firefox keeps alarms in memory only, so a restart begins with none; and it starts the event
    // page at browser start only for a runtime.onStartup listener registered at load.
    expect(await alarms()).toEqual({});
    await startWorker();
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    await fakeBrowser.runtime.onStartup.trigger();

    await vi.waitFor(async () =>
      expect(Object.keys(await notifications())).toEqual([`step:${due.id}:thankYou`]),
    );
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual({
        [alarmName(due.id)]: CHECK_IN_AT,
        [alarmName(later.id)]: THANK_YOU_AT + 3 * DAY,
      }),
    );
  });

  it('wakes early for an alarm over 2^32 ms ahead: notifies nothing and sets it again', async () => {
    setNow(INTERVIEW_START - 60 * DAY);
    const interview = await store();
    const name = alarmName(interview.id);
    await startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await alarms()).toEqual({ [name]: THANK_YOU_AT }));
    const delay = THANK_YOU_AT - Date.now();
    expect(delay).toBeGreaterThan(2 ** 32);

    // Firefox's timer takes the delay modulo 2^32 ms (about 49.7 days), then forgets the one-shot
    // alarm it fired.
    setNow(Date.now() + (delay % 2 ** 32));
    await fakeBrowser.alarms.clear(name);
    await fakeBrowser.alarms.onAlarm.trigger({
      name,
      scheduledTime: THANK_YOU_AT,
      persistAcrossSessions: false,
    });

    await vi.waitFor(async () => expect(await alarms()).toEqual({ [name]: THANK_YOU_AT }));
    expect(await notifications()).toEqual({});
    expect(await eventsOf(interview.id)).toEqual([]);
  });
});
