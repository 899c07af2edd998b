/**
 * Plan computation for 1,000 interviews, in Node. The core is TypeScript and Node 20 cannot run
 * it, so src/core/plan.ts is bundled once with Vite's SSR build (dependencies inlined, no config
 * file, so none of the extension's plugins) into a temp folder and imported from there. The core
 * is pure (no browser API), so V8 in Node runs the same code the service worker runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { median } from './stats.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = 50;

async function loadCore(root) {
  const outDir = await mkdtemp(join(tmpdir(), 'bench-core-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: { plan: 'src/core/plan.ts', settings: 'src/core/settings.ts' },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  const plan = await import(pathToFileURL(join(outDir, 'plan.mjs')).href);
  const settings = await import(pathToFileURL(join(outDir, 'settings.mjs')).href);
  await rm(outDir, { recursive: true, force: true });
  return { planFollowUps: plan.planFollowUps, defaults: settings.DEFAULT_PLAN_SETTINGS };
}

const STATUSES = ['scheduled', 'awaiting', 'awaiting', 'awaiting', 'offer', 'rejected', 'closed'];
const FORMATS = ['video', 'phone', 'onsite'];

/** The event logs of a user's real interviews: nothing yet, notes sent, snoozes, replies. */
function eventsFor(i, start, status) {
  const after = (hours) => start + hours * HOUR;
  const events = [];
  if (i % 3 !== 0) events.push({ type: 'notified', step: 'thankYou', at: after(3) });
  if (i % 2 === 0) events.push({ type: 'done', step: 'thankYou', at: after(20) });
  if (i % 5 === 1)
    events.push({ type: 'snoozed', step: 'thankYou', until: after(30), at: after(4) });
  if (i % 7 === 2) events.push({ type: 'reply', at: after(72) });
  if (i % 11 === 3) events.push({ type: 'resumed', at: after(80) });
  if (i % 4 === 0) events.push({ type: 'done', step: 'checkIn', at: after(7 * 24 + 2) });
  if (status !== 'scheduled' && status !== 'awaiting') {
    events.push({ type: 'status', status, at: after(10 * 24) });
  }
  return events;
}

/** 1,000 interviews spread over a year around `now`, in every status, format and stage. */
export function varietyOfInterviews(now, count = 1000) {
  return Array.from({ length: count }, (_, i) => {
    const start = now - 300 * DAY + Math.round((i / count) * 330 * DAY) + (i % 9) * HOUR;
    const status = start > now ? 'scheduled' : STATUSES[i % STATUSES.length];
    return {
      id: `bench-${i}`,
      company: `Company ${i}`,
      role: 'Software Engineer',
      interviewer: { name: 'Dana Whitaker', email: `dana${i}@company${i}.example` },
      contacts: [],
      start,
      durationMinutes: [30, 45, 60, 90][i % 4],
      format: FORMATS[i % FORMATS.length],
      followUpChannel: i % 10 === 0 ? 'phone' : 'email',
      notes: '',
      status,
      ...(i % 6 === 0 ? { decisionDate: start + 5 * DAY } : {}),
      events: eventsFor(i, start, status),
      createdAt: start - 5 * DAY,
      updatedAt: start + DAY,
    };
  });
}

/** Local-time arithmetic costs more in a zone with daylight saving, as most users' zones are. */
const ZONE = 'America/New_York';

/**
 * Median of RUNS passes of planFollowUps over 1,000 interviews, with quiet hours and business days
 * on (the most work per step), in a daylight-saving zone, in process CPU time and in wall time.
 * The first pass is reported too: a service worker that just woke runs it unoptimised.
 */
export async function measurePlan(root) {
  const { planFollowUps, defaults } = await loadCore(root);
  const previousZone = process.env.TZ;
  // Node re-reads TZ when it is assigned; only this figure's Date calls see the zone.
  process.env.TZ = ZONE;
  try {
    return runPlan(planFollowUps, defaults);
  } finally {
    if (previousZone === undefined) delete process.env.TZ;
    else process.env.TZ = previousZone;
  }
}

function runPlan(planFollowUps, defaults) {
  const settings = {
    ...defaults,
    businessDaysOnly: true,
    thankYouCard: true,
    quietHours: { ...defaults.quietHours, enabled: true },
  };
  const now = Date.now();
  const interviews = varietyOfInterviews(now);
  const wall = [];
  const cpu = [];
  let steps = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const interview of interviews)
      steps += planFollowUps(interview, settings, now).steps.length;
    const used = process.cpuUsage(cpuBefore);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  if (steps === 0) throw new Error('planFollowUps planned no step: the bench data is wrong');
  // CPU time does not grow while this process waits for a core that other work holds; it
  // includes V8's helper threads, so it errs on the high side.
  return {
    cpu: median(cpu),
    wall: median(wall),
    first: wall[0],
    runs: RUNS,
    count: interviews.length,
    zone: ZONE,
  };
}
