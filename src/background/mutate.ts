import type { Interview } from '../core/interview';
import * as interviews from '../storage/interviews';
import type { Change } from './interview-changes';
import { writeQueue } from './write-queue';

/** Reads, changes and writes one interview inside the write queue; throws if it does not exist. */
export function mutateInterview(id: string, change: Change): Promise<Interview> {
  return writeQueue.run(async () => {
    const current = await interviews.get(id);
    if (!current) throw new Error(`No interview with id "${id}"`);
    const now = Date.now();
    const next = { ...change(current, now), id, updatedAt: now };
    await interviews.put(next);
    return next;
  });
}
