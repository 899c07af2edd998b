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
