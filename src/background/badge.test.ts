import { afterEach, describe, expect, it, vi } from 'vitest';
import { reconcile } from './alarms';
import { countDue } from './badge';
import { loadViews } from './views';
import {
  badge,
  CHECK_IN_AT,
  HOUR,
  INTERVIEW_START,
  setNow,
  store,
  THANK_YOU_AT,
} from './test-support';

describe('badge', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is empty when nothing is due', async () => {
    setNow(INTERVIEW_START);
    await store();
    await reconcile();
    expect(await badge()).toBe('');
  });

  it('counts due steps across interviews, notified or not', async () => {
    setNow(CHECK_IN_AT + HOUR);
    await store(); // thank-you and check-in due
    await store({ start: CHECK_IN_AT - 6 * HOUR }); // thank-you due
    await store({ start: CHECK_IN_AT + 2 * HOUR }); // not yet
    await reconcile();
    expect(await badge()).toBe('3');
    expect(countDue(await loadViews(Date.now()))).toBe(3);
  });

  it('leaves out closed interviews and settled steps', async () => {
    setNow(THANK_YOU_AT + HOUR);
    await store({ status: 'offer' });
    await store({ events: [{ type: 'done', step: 'thankYou', at: THANK_YOU_AT }] });
    await store();
    await reconcile();
    expect(await badge()).toBe('1');
  });
});
