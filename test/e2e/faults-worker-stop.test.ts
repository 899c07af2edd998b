import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../src/core/interview';
import type { MessageName, Reply, Request } from '../../src/messaging/protocol';
import { launchExtension, type ExtensionSession } from './harness';
import { sleep, WorkerStopper } from './fault-tools';
import { DAY, interviewInput } from './interviews';

/**
 * A service worker can be stopped at any moment (30 s idle, memory pressure, a crash); its write
 * queue lives in memory. Twenty changes to four interviews are sent while the worker is stopped
 * three times, the last time with seven changes still in flight. Every change the background
 * acknowledged must be in storage, every other one must come back as an error (never hang), and
 * after the user retries those, everything is there, valid, with its alarms.
 */

/** One change and how to see it in the stored record afterwards. */
interface Change<N extends MessageName = MessageName> {
  name: N;
  payload: Request<N>;
  applied(record: Interview): boolean;
}

const BASE = Date.now();

function changesFor(id: string, n: number): Change[] {
  // Unique values per change, so each one's effect is found in the record on its own.
  const until = BASE + 10 * DAY + n * 60_000;
  const replyAt = BASE - DAY + n * 1000;
  return [
    {
      name: 'interviews/update',
      payload: { id, changes: { notes: `first note ${n}` } },
      applied: (r) => r.notes.includes(`first note ${n}`) || r.notes.includes(`second note ${n}`),
    },
    {
      name: 'steps/snooze',
      payload: { id, step: 'thankYou', until },
      applied: (r) => r.events.some((e) => e.type === 'snoozed' && e.until === until),
    },
    {
      name: 'interviews/reply',
      payload: { id, at: replyAt },
      applied: (r) => r.events.some((e) => e.type === 'reply' && e.at === replyAt),
    },
    {
      name: 'steps/done',
      payload: { id, step: 'thankYou' },
      applied: (r) => r.events.some((e) => e.type === 'done' && e.step === 'thankYou'),
    },
    {
      name: 'interviews/update',
      payload: { id, changes: { notes: `second note ${n}` } },
      applied: (r) => r.notes === `second note ${n}`,
    },
  ] as Change[];
}

function recordOf(records: Map<string, Interview>, id: string): Interview {
  const record = records.get(id);
  if (!record) throw new Error(`interview:${id} is gone from storage`);
  return record;
}

describe('the service worker stopped in the middle of a sequence of changes', () => {
  let ext: ExtensionSession;
  let stopper: WorkerStopper;
  const ids: string[] = [];
  const acknowledged: Change[] = [];
  const refused: { change: Change; error: string }[] = [];

  const send = async (change: Change): Promise<void> => {
    let reply: Reply<unknown>;
    try {
      reply = await ext.send(change.name, change.payload as never);
    } catch (error) {
      // The worker died with the message in flight: the page gets an error, as it should.
      refused.push({ change, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (reply.ok) acknowledged.push(change);
    else refused.push({ change, error: reply.error });
  };

  const stored = async (): Promise<Map<string, Interview>> => {
    const items = await stopper.storage(ids.map((id) => `interview:${id}`));
    return new Map(
      Object.values(items).map((value) => [(value as Interview).id, value as Interview]),
    );
  };

  beforeAll(async () => {
    ext = await launchExtension();
    stopper = await WorkerStopper.open(ext);
    for (const company of ['Acme', 'Globex', 'Initech', 'Umbrella']) {
      const view = await ext.call('interviews/create', {
        input: interviewInput({ company, start: Date.now() + 2 * DAY }),
      });
      ids.push(view.interview.id);
    }
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('keeps every acknowledged change across three stops, one with changes in flight', async () => {
    // Interleaved across interviews: change i goes to interview i % 4, in each one's own order.
    const perInterview = ids.map((id, n) => changesFor(id, n));
    const sequence = [0, 1, 2, 3, 4].flatMap((step) =>
      perInterview.flatMap((list) => list.slice(step, step + 1)),
    );
    expect(sequence).toHaveLength(20);

    for (const change of sequence.slice(0, 7)) await send(change);
    await stopper.stop();
    for (const change of sequence.slice(7, 13)) await send(change);
    await stopper.stop();
    // The last seven leave together and the worker is stopped under them.
    const before = acknowledged.length;
    const inFlight = Promise.all(sequence.slice(13).map(send));
    // Stop once the first of them is answered: the rest are queued in the worker's memory.
    while (acknowledged.length === before && refused.length === 0) await sleep(2);
    await stopper.stop();
    await inFlight;

    expect(stopper.stops).toBe(3);
    expect(acknowledged.length + refused.length).toBe(20);
    const records = await stored();
    for (const change of acknowledged) {
      const id = (change.payload as { id: string }).id;
      expect(
        change.applied(recordOf(records, id)),
        `${change.name} ${JSON.stringify(change.payload)}`,
      ).toBe(true);
    }
  });

  it('ends with all twenty changes once the refused ones are retried, and nothing quarantined', async () => {
    const retry = refused.splice(0).map((entry) => entry.change);
    for (const change of retry) await send(change);
    expect(refused).toEqual([]);
    const records = await stored();
    for (const [n, id] of ids.entries()) {
      const record = recordOf(records, id);
      for (const change of changesFor(id, n))
        expect(change.applied(record), change.name).toBe(true);
      expect(record.notes).toBe(`second note ${n}`);
    }
    expect(await ext.call('storage/problems', {})).toEqual([]);
  });

  it('has each interview’s alarm at its plan’s next reminder after the restarts', async () => {
    const views = await ext.call('interviews/list', {});
    const alarms = new Map((await ext.alarms()).map((alarm) => [alarm.name, alarm.scheduledTime]));
    for (const view of views) {
      if (view.plan.alarmAt === undefined) continue;
      expect(alarms.get(`interview:${view.interview.id}`)).toBeCloseTo(view.plan.alarmAt, -3);
    }
    expect(views).toHaveLength(4);
  });
});
