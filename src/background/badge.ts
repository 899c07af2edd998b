import browser from 'webextension-polyfill';
import type { InterviewView } from '../core/plan-types';

/**
 * Steps whose reminder has passed and are still to do. The plan already cancels the steps of
 * closed interviews, except a rejected one's feedback request, which is a real follow-up to do.
 */
export const countDue = (views: readonly InterviewView[]): number =>
  views.reduce((sum, view) => sum + view.plan.due.length, 0);

export async function updateBadge(views: readonly InterviewView[]): Promise<void> {
  const count = countDue(views);
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#B3261E' });
}
