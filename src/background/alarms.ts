import browser from 'webextension-polyfill';
import type { InterviewView } from '../core/plan-types';
import { createSerial } from '../storage/write-queue';
import { updateBadge } from './badge';
import { fireDueReminders } from './reminders';
import { loadViews } from './views';

/**
 * One alarm per interview with a reminder ahead, named `interview:<id>`, at its plan's alarmAt.
 * Alarms are derived state: reconcile() rebuilds them from storage on install, on startup, when
 * an alarm fires and after every change, so a lost alarm (browser restart, unpacked reload) comes
 * back and a reminder that passed while the browser was closed fires at once.
 */
const ALARM_PREFIX = 'interview:';

/** Retry delay for a reminder still past after firing (a failed or concurrent claim). */
const RETRY_MS = 60_000;

export const alarmName = (interviewId: string): string => `${ALARM_PREFIX}${interviewId}`;
export const isInterviewAlarm = (name: string): boolean => name.startsWith(ALARM_PREFIX);

const isPast = (view: InterviewView, now: number): boolean =>
  view.plan.alarmAt !== undefined && view.plan.alarmAt <= now;

function desiredAlarms(views: readonly InterviewView[], now: number): Map<string, number> {
  const desired = new Map<string, number>();
  for (const { interview, plan } of views) {
    if (plan.alarmAt === undefined) continue;
    desired.set(alarmName(interview.id), plan.alarmAt > now ? plan.alarmAt : now + RETRY_MS);
  }
  return desired;
}

async function syncAlarms(views: readonly InterviewView[], now: number): Promise<void> {
  const desired = desiredAlarms(views, now);
  const existing = (await browser.alarms.getAll()).filter((alarm) => isInterviewAlarm(alarm.name));
  for (const alarm of existing) {
    if (desired.get(alarm.name) === alarm.scheduledTime) desired.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, when] of desired) await browser.alarms.create(name, { when });
}

async function reconcileNow(): Promise<void> {
  let now = Date.now();
  let views = await loadViews(now);
  if (views.some((view) => isPast(view, now))) {
    try {
      await fireDueReminders(now);
    } catch (error) {
      // Keep the other alarms; what is still past gets a retry alarm a minute from now.
      console.error('Firing due reminders failed', error);
    }
    now = Date.now();
    views = await loadViews(now);
  }
  await syncAlarms(views, now);
  await updateBadge(views);
}

/** One reconcile at a time, so two never interleave their clears and creates. */
const serial = createSerial();

export function reconcile(): Promise<void> {
  return serial.run(reconcileNow);
}
