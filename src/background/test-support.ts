/* Helpers for the background unit tests; not part of the extension. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import type { Interview, ThreadRef } from '../core/interview';
import { HOUR, local, makeInterview } from '../core/test-support';
import * as interviews from '../storage/interviews';

export { HOUR, local };
export const DAY = 24 * HOUR;

/** The product's example interview: Tuesday, March 3, 2026, 2:00-3:00 PM (New York). */
export const INTERVIEW_START = local(2026, 3, 3, 14);
/** Thank-you reminder: 2 h after the end. */
export const THANK_YOU_AT = local(2026, 3, 3, 17);
/** Check-in: 7 days after the interview, at the day reminder time (9:00). */
export const CHECK_IN_AT = local(2026, 3, 10, 9);

export const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzThread1';

/** Only Date is faked: promises, and the queues built on them, run as usual. */
export function setNow(at: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

export async function store(overrides: Partial<Interview> = {}): Promise<Interview> {
  const interview = makeInterview({
    id: crypto.randomUUID(),
    createdAt: INTERVIEW_START - DAY,
    updatedAt: INTERVIEW_START - DAY,
    ...overrides,
  });
  await interviews.put(interview);
  return interview;
}

export const withThread = (threadId = 'FMfcgzThread1'): Pick<Interview, 'thread'> => ({
  thread: { provider: 'gmail', threadId, url: THREAD_URL, subject: 'Interview at Acme' },
});

export const alarms = async (): Promise<Record<string, number>> =>
  Object.fromEntries(
    (await fakeBrowser.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime]),
  );

export const notifications = () => fakeBrowser.notifications.getAllCreateOptions();

export const badge = () => fakeBrowser.action.getBadgeText({});

export async function eventsOf(id: string): Promise<Interview['events']> {
  return (await interviews.get(id))?.events ?? [];
}

/** Loads the background entry as the browser does: fresh module state, listeners registered at once. */
export async function startWorker(): Promise<void> {
  vi.resetModules();
  await import('./index');
}

/** What Firefox 153 throws when notifications.create is given buttons (checked in Firefox). */
export const FIREFOX_BUTTONS_ERROR =
  'Type error for parameter options (Property "buttons" is unsupported by Firefox) for notifications.create.';

/**
 * Makes the fake browser answer as Firefox where the background can tell: runtime.getBrowserInfo
 * exists, and notifications.create throws on `buttons`, at the call, as Firefox does. Returns the
 * undo, for a finally or an afterEach.
 */
export function actAsFirefox(): () => void {
  const runtime = fakeBrowser.runtime as { getBrowserInfo?: () => unknown };
  runtime.getBrowserInfo = () => ({ name: 'Firefox' });
  // Wrapped by hand, not spied on: a test may already spy on create, and a second spy would be
  // the same one, calling itself.
  const notifications = fakeBrowser.notifications;
  const create = notifications.create;
  notifications.create = ((...args: unknown[]) => {
    const options = args.find((arg) => typeof arg === 'object') as object | undefined;
    if (options && 'buttons' in options) throw new TypeError(FIREFOX_BUTTONS_ERROR);
    return (create as (...all: unknown[]) => Promise<string>).apply(notifications, args);
  }) as typeof create;
  return () => {
    delete runtime.getBrowserInfo;
    notifications.create = create;
  };
}

/** What Chrome's tabs.sendMessage rejects with when the tab has no content script of ours. */
export const NO_CONTENT_SCRIPT = 'Could not establish connection. Receiving end does not exist.';

/**
 * Fake content scripts for fake tabs: the thread each one shows (a bare id is a Gmail thread),
 * answering `thread/shows` as src/content does. Tabs not listed have no content script.
 */
export function contentScripts(
  shown: Record<number, string | Pick<ThreadRef, 'provider' | 'threadId'>>,
) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    tabId: number,
    message: { payload: Pick<ThreadRef, 'provider' | 'threadId'> },
  ) => {
    const thread = shown[tabId];
    if (thread === undefined) throw new Error(NO_CONTENT_SCRIPT);
    const { provider, threadId } =
      typeof thread === 'string' ? { provider: 'gmail', threadId: thread } : thread;
    const asked = message.payload;
    return {
      ok: true,
      value: { shows: provider === asked.provider && threadId === asked.threadId },
    };
  }) as never);
}
