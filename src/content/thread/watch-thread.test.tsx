import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MailHost, ThreadSnapshot } from '../hosts/mail-host';
import { NOTICE_DELAY_MS, THREAD_TAG, watchThread } from './watch-thread';

// These cases are about where the bar goes, not what it finds: a background that has not answered
// yet. A real answer would re-render the bar after the case ended, in whatever state the test
// runner had left the fake browser (CI once saw i18n unmocked there).
vi.mock('../../messaging/send', () => ({ send: () => new Promise(() => {}) }));

/** A mail page in miniature: a subject header with the thread id, and one message. */
function page(): { header: HTMLElement; message: HTMLElement } {
  const main = document.createElement('main');
  const header = document.createElement('h2');
  header.dataset.id = 't1';
  header.textContent = 'Interview';
  const message = document.createElement('div');
  message.className = 'msg';
  message.textContent = 'Hi';
  main.append(header, message);
  document.body.replaceChildren(main);
  return { header, message };
}

/** An adapter for that page: the header makes the thread readable, the message shows one. */
const host = {
  provider: 'gmail',
  thread: (doc: Document): ThreadSnapshot | null => {
    const header = doc.querySelector<HTMLElement>('h2');
    if (!header) return null;
    return {
      id: header.dataset.id ?? '',
      subject: header.textContent ?? '',
      url: 'https://mail.google.com/',
      messages: [],
      subjectElement: header,
      barAnchor: header,
    };
  },
  unreadableThread: (doc: Document) =>
    doc.querySelector('h2') ? null : doc.querySelector<HTMLElement>('.msg'),
  userEmail: () => null,
  userName: () => null,
  diagnose: () => ({}),
} as unknown as MailHost;

const mounted = () => document.querySelectorAll(THREAD_TAG);
const noticeShown = () =>
  [...mounted()].some((element) =>
    element.shadowRoot?.textContent?.includes('could not read this thread'),
  );

describe('the thread watcher', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    // Unmount, so no component of one case lives on with effects pending into the next.
    for (const element of mounted()) {
      const container = element.shadowRoot?.lastElementChild;
      if (container) render(null, container);
    }
    document.body.replaceChildren();
  });

  it('puts the bar after the subject of a readable thread', () => {
    const { header } = page();
    watchThread(host, document).check();
    expect(mounted()).toHaveLength(1);
    expect(header.nextElementSibling?.tagName.toLowerCase()).toBe(THREAD_TAG);
  });

  it('drops the bar at once when its header goes, and says so a moment later', () => {
    const { header, message } = page();
    const watcher = watchThread(host, document);
    watcher.check();
    expect(watcher.detached()).toBe(false);
    header.remove();
    expect(watcher.detached()).toBe(true);
    watcher.check();
    expect(mounted()).toHaveLength(0);
    vi.advanceTimersByTime(NOTICE_DELAY_MS);
    expect(noticeShown()).toBe(true);
    expect(message.previousElementSibling?.tagName.toLowerCase()).toBe(THREAD_TAG);
    expect(watcher.detached()).toBe(false);
  });

  it('says nothing when the header arrives within the delay, as a page in mid-render does', () => {
    const { header } = page();
    header.remove();
    const watcher = watchThread(host, document);
    watcher.check();
    expect(mounted()).toHaveLength(0);
    document.querySelector('main')?.prepend(header);
    watcher.check();
    vi.advanceTimersByTime(NOTICE_DELAY_MS);
    expect(noticeShown()).toBe(false);
    expect(mounted()).toHaveLength(1);
  });

  it('removes the notice when the thread is closed, and shows no notice where no thread is', () => {
    const { header, message } = page();
    header.remove();
    const watcher = watchThread(host, document);
    watcher.check();
    vi.advanceTimersByTime(NOTICE_DELAY_MS);
    expect(noticeShown()).toBe(true);
    message.remove();
    expect(watcher.detached()).toBe(true);
    watcher.check();
    vi.advanceTimersByTime(NOTICE_DELAY_MS);
    expect(mounted()).toHaveLength(0);
  });
});
