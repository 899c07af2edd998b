import { createSerial } from '../storage/serial';

/**
 * Every change to an interview goes through this one queue: the background is the single writer,
 * and two messages that read-modify-write the same record one after the other lose nothing.
 * Never wait on the queue from inside a queued task (that deadlocks).
 */
export const writeQueue = createSerial();
