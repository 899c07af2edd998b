import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Alarm, type ExtensionSession } from './harness';
import { interviewInput } from './interviews';

/**
 * A relaunch on the same profile is a browser restart; Chromium then installs the unpacked
 * extension afresh (alarms gone, storage kept), so these pass only if alarms are rebuilt from
 * storage on install as well as on startup.
 */
describe('across a browser restart', () => {
  let ext: ExtensionSession;
  let id = '';
  let alarmAt: number | undefined;

  const alarmOf = async (): Promise<Alarm | undefined> =>
    (await ext.alarms()).find((alarm) => alarm.name === `interview:${id}`);

  beforeAll(async () => {
    ext = await launchExtension();
    const view = await ext.call('interviews/create', { input: interviewInput() });
    id = view.interview.id;
    alarmAt = view.plan.alarmAt;
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('schedules one alarm for the interview at its next reminder', async () => {
    expect(alarmAt).toBeGreaterThan(Date.now());
    await expect.poll(alarmOf, { timeout: 5_000 }).toBeDefined();
    expect((await alarmOf())?.scheduledTime).toBeCloseTo(alarmAt ?? 0, -3);
  });

  it('keeps the interview and its alarm', async () => {
    await ext.restart();
    await expect.poll(alarmOf, { timeout: 10_000, interval: 250 }).toBeDefined();
    expect((await alarmOf())?.scheduledTime).toBeCloseTo(alarmAt ?? 0, -3);
    const list = await ext.call('interviews/list', {});
    expect(list.map((view) => view.interview.id)).toEqual([id]);
  });

  it('rebuilds cleared alarms at the next start', async () => {
    await ext.clearAlarms();
    expect(await ext.alarms()).toEqual([]);
    await ext.restart();
    await expect.poll(alarmOf, { timeout: 10_000, interval: 250 }).toBeDefined();
    expect((await alarmOf())?.scheduledTime).toBeCloseTo(alarmAt ?? 0, -3);
  });
});
