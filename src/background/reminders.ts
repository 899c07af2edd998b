import browser, { type Notifications } from 'webextension-polyfill';
import * as interviews from '../storage/interviews';
import { detectFeatures } from '../platform/browser-features';
import { getSettings } from '../storage/settings';
import { t } from '../ui/i18n';
import { digestNotificationId, stepNotificationId } from './notification-ids';
import {
  digestMessage,
  digestTitle,
  reminderMessage,
  reminderTitle,
  type DueReminder,
} from './reminder-text';
import { toView } from './views';
import { writeQueue } from '../storage/write-queue';

export const OPEN_THREAD_BUTTON = 0;
export const SNOOZE_BUTTON = 1;

/** Chrome's options; the polyfill's (Firefox) types lack buttons. */
type NotificationOptions = Notifications.CreateNotificationOptions & {
  buttons?: { title: string }[];
};

/**
 * Finds every due step not yet notified and records a 'notified' event for each, in one queued
 * task: two alarms firing together cannot both claim the same step, so nothing notifies twice.
 */
async function claimDue(now: number): Promise<DueReminder[]> {
  return writeQueue.run(async () => {
    const settings = await getSettings();
    const claimed: DueReminder[] = [];
    for (const interview of await interviews.getAll()) {
      const fresh = toView(interview, settings, now).plan.due.filter((step) => !step.notified);
      if (fresh.length === 0) continue;
      const events = fresh.map((planned) => ({
        type: 'notified' as const,
        step: planned.step,
        at: now,
      }));
      const updated = { ...interview, events: [...interview.events, ...events], updatedAt: now };
      await interviews.put(updated);
      claimed.push(...fresh.map((planned) => ({ interview: updated, step: planned.step })));
    }
    return claimed;
  });
}

const iconUrl = (): string => browser.runtime.getURL('icons/icon-128.png');

/** One due step gets its own notification; several (after a night offline) one digest, not a burst. */
async function show(due: readonly DueReminder[], now: number): Promise<void> {
  const [only] = due;
  if (!only) return;
  if (due.length === 1) {
    const options: NotificationOptions = {
      type: 'basic',
      iconUrl: iconUrl(),
      title: reminderTitle(only),
      message: reminderMessage(only),
      // Firefox shows no buttons: there a click opens the thread, and snoozing is in the dashboard.
      ...(detectFeatures().notificationButtons
        ? { buttons: [{ title: t('notifyOpenThread') }, { title: t('notifySnooze') }] }
        : {}),
    };
    await browser.notifications.create(stepNotificationId(only.interview.id, only.step), options);
    return;
  }
  await browser.notifications.create(digestNotificationId(now), {
    type: 'basic',
    iconUrl: iconUrl(),
    title: digestTitle(due.length),
    message: digestMessage(due),
  });
}

/**
 * Notifies what fell due and was not notified yet; returns what it notified. The claim is
 * recorded before showing: a failed notification is missed once (the badge still counts it),
 * rather than repeated at every wake-up.
 */
export async function fireDueReminders(now: number = Date.now()): Promise<DueReminder[]> {
  const due = await claimDue(now);
  await show(due, now);
  return due;
}
