/**
 * The background at 1,000 interviews: the round trips a user waits for, timed in the page.
 * `compose/context` is what every compose panel asks when it opens; `steps/snooze` is a change,
 * which writes one record and then re-plans every interview to reconcile alarms and the badge.
 */
import { call, timedCall } from './browser.mjs';
import { median } from './stats.mjs';
import { FIXTURE_RECRUITER } from './seed.mjs';

const RUNS = 5;

async function time(page, name, payload) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await timedCall(page, name, payload));
  return median(times);
}

export async function measureBackground(page, id) {
  return {
    composeContext: await time(page, 'compose/context', {
      threadId: null,
      addresses: [FIXTURE_RECRUITER.email],
    }),
    change: await time(page, 'steps/snooze', {
      id,
      step: 'checkIn',
      until: Date.now() + 86_400_000,
    }),
    runs: RUNS,
  };
}

/**
 * Importing a backup of every interview (replace): the background validates the file, erases and
 * writes all records in one storage call, then re-plans alarms and the badge. Timed in the page
 * from the message to its answer; the options page's own reading of the file comes on top.
 */
export async function measureImport(page) {
  const backup = await call(page, 'data/export', {});
  const times = [];
  for (let i = 0; i < 3; i++) {
    times.push(await timedCall(page, 'data/import', { backup, mode: 'replace' }));
  }
  return { ms: median(times), interviews: backup.interviews.length, runs: times.length };
}
