import browser from 'webextension-polyfill';
import * as interviews from '../storage/interviews';
import { reconcile } from './alarms';
import { addEventAt } from './interview-changes';
import { parseNotificationId } from './notification-ids';
import { openDashboard, openInterview } from './tabs';
import { OPEN_THREAD_BUTTON, SNOOZE_BUTTON } from './reminders';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A click on a reminder opens its thread (or the dashboard); a digest opens the dashboard. */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  const target = parseNotificationId(notificationId);
  if (!target) return;
  await browser.notifications.clear(notificationId);
  if (target.kind === 'digest') await openDashboard();
  else await openInterview(await interviews.get(target.interviewId));
}

export async function onNotificationButtonClicked(
  notificationId: string,
  buttonIndex: number,
): Promise<void> {
  const target = parseNotificationId(notificationId);
  if (target?.kind !== 'step') return;
  if (buttonIndex === OPEN_THREAD_BUTTON) {
    await onNotificationClicked(notificationId);
    return;
  }
  if (buttonIndex !== SNOOZE_BUTTON) return;
  await browser.notifications.clear(notificationId);
  try {
    await interviews.mutate(
      target.interviewId,
      addEventAt((at) => ({ type: 'snoozed', step: target.step, until: at + DAY_MS, at })),
    );
  } catch (error) {
    // Deleted since the notification was shown: nothing left to snooze.
    console.warn('Snooze failed', error);
    return;
  }
  await reconcile();
}
