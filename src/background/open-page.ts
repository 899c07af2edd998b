import browser from 'webextension-polyfill';
import type { Interview, ThreadRef } from '../core/interview';
import { isMailUrl } from '../core/mail-hosts';
import { findThreadTab } from './thread-tab';

/** The dashboard, opened in a tab when there is no thread to show (a digest, a phone interview). */
export const DASHBOARD_PATH = 'src/popup/index.html';

export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PATH) });
}

/** Focuses the tab already showing the thread, and its window, else opens the thread's URL. */
export async function openThread(thread: ThreadRef): Promise<void> {
  const open = await findThreadTab(thread);
  if (open?.id === undefined) {
    await browser.tabs.create({ url: thread.url });
    return;
  }
  await browser.tabs.update(open.id, { active: true });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}

/**
 * Opens the interview's thread; false when it has none. A stored URL is opened only if it is on a
 * mail host: storage and imports are not trusted.
 */
export async function openThreadOf(interview: Interview | undefined): Promise<boolean> {
  const thread = interview?.thread;
  if (!thread?.url || !isMailUrl(thread.url)) return false;
  await openThread(thread);
  return true;
}

export async function openInterview(interview: Interview | undefined): Promise<void> {
  if (!(await openThreadOf(interview))) await openDashboard();
}
