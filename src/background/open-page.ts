import browser from 'webextension-polyfill';
import type { Interview } from '../core/interview';
import { isMailUrl, MAIL_URL_PATTERNS } from '../messaging/mail-hosts';

/** The dashboard, opened in a tab when there is no thread to show (a digest, a phone interview). */
export const DASHBOARD_PATH = 'src/popup/index.html';

export async function openDashboard(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PATH) });
}

/**
 * Focuses a tab already showing the thread, else opens it. The query is limited to the mail hosts
 * (the only tabs whose URL the extension may read, with no "tabs" permission).
 */
export async function openThread(url: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: MAIL_URL_PATTERNS });
  const open = tabs.find((tab) => tab.url?.startsWith(url));
  if (open?.id === undefined) {
    await browser.tabs.create({ url });
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
  const url = interview?.thread?.url;
  if (!url || !isMailUrl(url)) return false;
  await openThread(url);
  return true;
}

export async function openInterview(interview: Interview | undefined): Promise<void> {
  if (!(await openThreadOf(interview))) await openDashboard();
}
