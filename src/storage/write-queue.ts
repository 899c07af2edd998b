/**
 * Runs async tasks one after another. Storage has no transactions, so a read-modify-write that
 * overlaps another one would lose the first write; chaining them makes each see the last result.
 */
export interface Serial {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSerial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // A failed task must not block the ones queued after it.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/**
 * Every change to an interview goes through this one queue: the background is the single writer,
 * and two messages that read-modify-write the same record one after the other lose nothing.
 * Never wait on the queue from inside a queued task (that deadlocks).
 */
export const writeQueue = createSerial();
