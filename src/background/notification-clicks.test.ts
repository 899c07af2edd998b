import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import * as interviews from '../storage/interviews';
import { alarmName, reconcile } from './alarms';
import { onNotificationButtonClicked, onNotificationClicked } from './notification-clicks';
import {
  alarms,
  badge,
  contentScripts,
  DAY,
  eventsOf,
  HOUR,
  notifications,
  setNow,
  store,
  THANK_YOU_AT,
  THREAD_URL,
  withThread,
} from './test-support';

const DASHBOARD = 'chrome-extension://test-extension-id/src/popup/index.html';
const NOW = THANK_YOU_AT + HOUR;

async function openTabs(): Promise<{ id?: number; url?: string; active: boolean }[]> {
  const tabs = await fakeBrowser.tabs.query({});
  return tabs.map(({ id, url, active }) => ({ id, url, active }));
}

describe('notification clicks', () => {
  beforeEach(() => {
    setNow(NOW);
    // No tab has a content script unless a test says so.
    contentScripts({});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function notified(overrides = {}) {
    const interview = await store(overrides);
    await reconcile();
    const id = `step:${interview.id}:thankYou`;
    expect(Object.keys(await notifications())).toEqual([id]);
    return { interview, id };
  }

  it('opens the thread in a new tab when none shows it, and closes the notification', async () => {
    const { id } = await notified(withThread());
    const inbox = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    contentScripts({ [inbox.id as number]: 'another-thread' });
    await onNotificationClicked(id);
    expect((await openTabs()).map((tab) => tab.url)).toContain(THREAD_URL);
    expect(await notifications()).toEqual({});
  });

  it('focuses the tab already showing the thread, and its window, instead of opening another', async () => {
    const { id } = await notified(withThread());
    // Without the "tabs" permission Chrome gives no URLs: only the content script can tell.
    const existing = await fakeBrowser.tabs.create({});
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    contentScripts({ [existing.id as number]: 'FMfcgzThread1' });
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    const before = (await openTabs()).length;
    await onNotificationClicked(id);
    const tabs = await openTabs();
    expect(tabs).toHaveLength(before);
    expect(tabs.find((tab) => tab.id === existing.id)?.active).toBe(true);
    expect(focus).toHaveBeenCalledWith(existing.windowId, { focused: true });
    expect(await notifications()).toEqual({});
  });

  it('opens the dashboard for an interview without a thread', async () => {
    const { id } = await notified();
    await onNotificationClicked(id);
    expect((await openTabs()).map((tab) => tab.url)).toContain(DASHBOARD);
  });

  it('never opens a stored URL that is not on a mail site', async () => {
    const { id } = await notified({
      thread: { provider: 'gmail', threadId: 't', url: 'https://evil.example/', subject: '' },
    });
    await onNotificationClicked(id);
    const urls = (await openTabs()).map((tab) => tab.url);
    expect(urls).toContain(DASHBOARD);
    expect(urls).not.toContain('https://evil.example/');
  });

  it('opens the dashboard for a digest', async () => {
    await store();
    await store();
    await reconcile();
    const [digest] = Object.keys(await notifications());
    expect(digest).toMatch(/^digest:/);
    await onNotificationClicked(digest as string);
    expect((await openTabs()).map((tab) => tab.url)).toContain(DASHBOARD);
    expect(await notifications()).toEqual({});
  });

  it('"Open thread" does what a click does', async () => {
    const { id } = await notified(withThread());
    await onNotificationButtonClicked(id, 0);
    expect((await openTabs()).map((tab) => tab.url)).toContain(THREAD_URL);
  });

  it('"Snooze 1 day" records a snooze until this time tomorrow and re-arms the alarm', async () => {
    const { interview, id } = await notified(withThread());
    expect(await badge()).toBe('1');
    await onNotificationButtonClicked(id, 1);

    expect(await eventsOf(interview.id)).toEqual([
      { type: 'notified', step: 'thankYou', at: NOW },
      { type: 'snoozed', step: 'thankYou', until: NOW + DAY, at: NOW },
    ]);
    expect(await notifications()).toEqual({});
    expect((await alarms())[alarmName(interview.id)]).toBe(NOW + DAY);
    expect(await badge()).toBe('');
    expect(await openTabs()).toHaveLength(1);
  });

  it('ignores ids it did not create, and snoozes of deleted interviews', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { interview, id } = await notified();
    await onNotificationClicked('someone-else');
    await onNotificationButtonClicked(`digest:${NOW}`, 1);
    await interviews.remove(interview.id);
    await expect(onNotificationButtonClicked(id, 1)).resolves.toBeUndefined();
    expect(await openTabs()).toHaveLength(1);
  });
});
