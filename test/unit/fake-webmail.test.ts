import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../src/background/handlers';
import { eventsOf, store } from '../../src/background/test-support';
import { ADAPTERS, hostLookup } from '../../src/content/hosts/sites';
import { PANEL_TAG } from '../../src/content/panel/mount-panel';
import { start } from '../../src/content/start';
import { SITES } from '../../src/core/sites';
import { handleMessages } from '../../src/messaging/handle';
import { deliver } from '../../src/messaging/test-support';
import { FAKE_SAVE_EVENT, FAKE_SITE, fakeMail } from './fake-webmail';

/**
 * Adding a webmail is one registry entry and one adapter file: with test/unit/fake-webmail.ts's
 * two, the content script's real start-up (page watcher, panel, insertion, send detection) works
 * on a page at the new site's address, against the real background handlers.
 */
const hostFor = hostLookup([...SITES, FAKE_SITE], { ...ADAPTERS, fakemail: fakeMail });

/** Fake Mail's own behaviour: its editor takes pastes into its model and saves on its event. */
function openCompose(to: string): { body: HTMLElement; send: HTMLElement; saves: () => number } {
  const compose = document.createElement('div');
  compose.className = 'fm-compose';
  const toField = document.createElement('input');
  toField.className = 'fm-to';
  toField.value = to;
  const body = document.createElement('div');
  body.className = 'fm-body';
  body.contentEditable = 'true';
  body.addEventListener('paste', (event) => {
    event.preventDefault();
    const line = document.createElement('p');
    line.textContent = event.clipboardData?.getData('text/plain') ?? '';
    body.append(line);
  });
  let saves = 0;
  body.addEventListener(FAKE_SAVE_EVENT, () => saves++);
  const send = document.createElement('button');
  send.className = 'fm-send';
  send.textContent = 'Send';
  compose.append(toField, body, send);
  document.body.append(compose);
  return { body, send, saves: () => saves };
}

const panelButton = (label: string): HTMLButtonElement | undefined =>
  [...(document.querySelector(PANEL_TAG)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (button) => button.textContent?.trim() === label,
  );

describe('a webmail added with one registry entry and one adapter', () => {
  let stop: (() => void) | undefined;

  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://webmail.fake.test/mail/inbox',
    );
    // The content script's messages reach the real handlers, sent from the mail page.
    handleMessages(handlers);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) =>
      deliver(message, { id: fakeBrowser.runtime.id, url: location.href, frameId: 0 }),
    );
  });

  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('is found by each of its hostnames, and the other sites still are', () => {
    expect(hostFor(location.hostname)).toBe(fakeMail);
    expect(hostFor('mail.fake.test')).toBe(fakeMail);
    expect(hostFor('mail.google.com')).toBe(ADAPTERS.gmail);
    expect(hostFor('outlook.office.com')).toBe(ADAPTERS.outlook);
    expect(hostFor('fake.test')).toBeNull();
  });

  it('gets a panel on its compose that inserts the thank-you, and marks it done on Send', async () => {
    const interview = await store();
    const host = hostFor(location.hostname);
    if (!host) throw new Error('Fake Mail was not found by its hostname');
    stop = await start(host, document);
    // Opened after the start, as a web app adds a compose: the page watcher finds it.
    const compose = openCompose(interview.interviewer.email);

    await vi.waitFor(() => expect(panelButton('Insert thank-you')?.disabled).toBe(false));
    const panel = document.querySelector(PANEL_TAG);
    expect(panel?.shadowRoot?.textContent).toContain(interview.company);
    panelButton('Insert thank-you')?.click();

    expect(compose.body.textContent).toContain(`Hi Dana,`);
    expect(compose.body.textContent).toContain(`about the ${interview.role} role at Acme`);
    // The site's own hook ran once: its draft is saved.
    expect(compose.saves()).toBe(1);

    compose.send.click();
    await vi.waitFor(async () =>
      expect(await eventsOf(interview.id)).toContainEqual(
        expect.objectContaining({ type: 'done', step: 'thankYou' }),
      ),
    );
  });
});
