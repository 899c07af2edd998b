import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../src/core/interview';
import { launchExtension, type ExtensionSession } from './harness';
import { sleep } from './fault-tools';
import { HOUR, interviewInput } from './interviews';

/**
 * Three thank-you reminders fall due while the browser is closed. At the next start the user must
 * get one digest, not a burst of three, and a second restart must not show them again: the claim
 * of each step is stored, not kept in the worker's memory.
 */

/** The thank-you reminder is 2 h after the end: a 60-minute interview starting 3 h before `due`. */
const startFor = (due: number): number => due - 3 * HOUR;

/** Time to create the interviews and close the browser before the reminders fall due. */
const LEAD_MS = 8_000;

describe('reminders that fell due while the browser was closed', () => {
  let ext: ExtensionSession;
  let due = 0;
  const ids: string[] = [];

  const notifiedCount = async (): Promise<number[]> => {
    const items = await ext.storage(ids.map((id) => `interview:${id}`));
    return ids.map(
      (id) =>
        (items[`interview:${id}`] as Interview).events.filter((event) => event.type === 'notified')
          .length,
    );
  };

  beforeAll(async () => {
    ext = await launchExtension();
    due = Date.now() + LEAD_MS;
    const people = [
      ['Acme', 'Dana Whitaker'],
      ['Globex', 'Hank Scorpio'],
      ['Initech', 'Bill Lumbergh'],
    ] as const;
    for (const [company, name] of people) {
      const view = await ext.call('interviews/create', {
        input: interviewInput({
          company,
          interviewer: { name, email: `${name.split(' ')[0]?.toLowerCase()}@example.com` },
          start: startFor(due),
        }),
      });
      ids.push(view.interview.id);
    }
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows nothing before they fall due', async () => {
    expect(Date.now()).toBeLessThan(due);
    expect(await ext.notificationIds()).toEqual([]);
    expect(await notifiedCount()).toEqual([0, 0, 0]);
  });

  it('shows one digest at the next start, not three notifications', async () => {
    await ext.context.close();
    await sleep(Math.max(0, due - Date.now()) + 1_000);
    await ext.start();
    await expect
      .poll(() => ext.notificationIds(), { timeout: 10_000, interval: 250 })
      .toHaveLength(1);
    const [only] = await ext.notificationIds();
    expect(only).toMatch(/^digest:/);
    expect(await notifiedCount()).toEqual([1, 1, 1]);
    await expect.poll(() => ext.badgeText(), { timeout: 5_000 }).toBe('3');
  });

  it('shows nothing again after a second restart', async () => {
    await ext.restart();
    // The start's reconcile is done once every interview has its alarm back.
    await expect
      .poll(async () => (await ext.alarms()).length, { timeout: 10_000, interval: 250 })
      .toBe(3);
    await sleep(1_000);
    expect(await ext.notificationIds()).toEqual([]);
    expect(await notifiedCount()).toEqual([1, 1, 1]);
    expect(await ext.badgeText()).toBe('3');
  });
});
