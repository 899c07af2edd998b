import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import * as interviews from '../storage/interviews';
import { interviewKey } from '../storage/keys';
import { alarmName, reconcile } from './alarms';
import {
  alarms,
  badge,
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

describe('reconcile', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates one alarm per interview at its next reminder', async () => {
    setNow(INTERVIEW_START - DAY);
    const a = await store();
    const b = await store({ start: INTERVIEW_START + DAY });
    await reconcile();
    expect(await alarms()).toEqual({
      [alarmName(a.id)]: THANK_YOU_AT,
      [alarmName(b.id)]: THANK_YOU_AT + DAY,
    });
    expect(await notifications()).toEqual({});
    expect(await badge()).toBe('');
  });

  it('removes alarms of deleted interviews and leaves alarms it does not own', async () => {
    setNow(INTERVIEW_START - DAY);
    const kept = await store();
    const deleted = await store();
    await reconcile();
    await fakeBrowser.alarms.create('someone-elses-alarm', { when: INTERVIEW_START });
    await fakeBrowser.alarms.create(alarmName('never-existed'), { when: INTERVIEW_START });

    await interviews.remove(deleted.id);
    await reconcile();
    expect(await alarms()).toEqual({
      [alarmName(kept.id)]: THANK_YOU_AT,
      'someone-elses-alarm': INTERVIEW_START,
    });
  });

  it('moves an alarm whose time no longer matches the plan', async () => {
    setNow(INTERVIEW_START - DAY);
    const interview = await store();
    await fakeBrowser.alarms.create(alarmName(interview.id), { when: INTERVIEW_START + 5 * DAY });
    await reconcile();
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: THANK_YOU_AT });
  });

  it('sets no alarm for a closed interview, but one for the feedback request after a rejection', async () => {
    setNow(INTERVIEW_START + 2 * DAY);
    const offer = await store({ status: 'offer' });
    const rejectedAt = INTERVIEW_START + 2 * DAY;
    const rejected = await store({
      status: 'rejected',
      events: [
        { type: 'done', step: 'thankYou', at: THANK_YOU_AT },
        { type: 'status', status: 'rejected', at: rejectedAt },
      ],
    });
    await reconcile();
    const scheduled = await alarms();
    expect(scheduled[alarmName(offer.id)]).toBeUndefined();
    expect(scheduled[alarmName(rejected.id)]).toBe(rejectedAt + DAY);
  });

  it('rebuilds lost alarms after a restart, and fires an overdue step at once', async () => {
    setNow(INTERVIEW_START - DAY);
    const interview = await store();
    await reconcile();
    // The browser was closed over the reminder time; alarms of an unpacked extension are gone.
    await fakeBrowser.alarms.clearAll();
    setNow(THANK_YOU_AT + 3 * HOUR);
    await reconcile();

    expect(Object.keys(await notifications())).toEqual([`step:${interview.id}:thankYou`]);
    expect(await eventsOf(interview.id)).toEqual([
      { type: 'notified', step: 'thankYou', at: THANK_YOU_AT + 3 * HOUR },
    ]);
    // The next reminder is armed; the notified one is not re-armed.
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: CHECK_IN_AT });
    expect(await badge()).toBe('1');
  });

  it('does not notify twice when reconciled again, or concurrently', async () => {
    setNow(THANK_YOU_AT + HOUR);
    await store();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await Promise.all([reconcile(), reconcile()]);
    await reconcile();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('retries a minute later when firing failed, without losing the other alarms', async () => {
    setNow(THANK_YOU_AT + HOUR);
    const due = await store();
    const later = await store({ start: INTERVIEW_START + 3 * DAY });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    await reconcile();
    expect(await notifications()).toEqual({});
    expect(await alarms()).toEqual({
      [alarmName(due.id)]: THANK_YOU_AT + HOUR + 60_000,
      [alarmName(later.id)]: THANK_YOU_AT + 3 * DAY,
    });
    setNow(THANK_YOU_AT + HOUR + 60_000);
    await reconcile();
    expect(Object.keys(await notifications())).toEqual([`step:${due.id}:thankYou`]);
  });

  it('keeps working when one stored record is corrupt', async () => {
    setNow(INTERVIEW_START - DAY);
    const interview = await store();
    await fakeBrowser.storage.local.set({ [interviewKey('broken')]: { id: 'broken' } });
    await reconcile();
    expect(await alarms()).toEqual({ [alarmName(interview.id)]: THANK_YOU_AT });
  });
});
