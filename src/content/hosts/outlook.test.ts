import { resolve } from 'node:path';
import type { BrowserPage } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fixtureBrowser } from '../../../test/unit/fixture-browser';
import { parseShownDate } from '../../core/shown-date';
import { outlook } from './outlook';

/**
 * Loads an Outlook fixture page the way a browser does: happy-dom fetches the shell from
 * test/fixtures/outlook and runs ../shared/*.js and outlook-fixture.js, which renders the state the
 * shell (or the address's query) declares. The roosterjs editor is not needed to read the page and
 * is served empty: the fixture then leaves the compose bodies as plain editable divs.
 */
const HOSTS = ['outlook.live.com', 'outlook.office.com'] as const;
const browser = fixtureBrowser({
  interceptor: {
    // The page's <script src> is fetched synchronously, as a parser-inserted script is.
    beforeSyncRequest: ({ request, window }) =>
      request.url.endsWith('/rooster-min.js')
        ? {
            status: 200,
            statusText: 'OK',
            ok: true,
            url: request.url,
            redirected: false,
            headers: new window.Headers({ 'content-type': 'text/javascript' }),
            body: Buffer.from(''),
          }
        : undefined,
  },
  virtualServers: HOSTS.flatMap((host) => [
    { url: `https://${host}/mail/shared/`, directory: resolve('test/fixtures/shared') },
    { url: `https://${host}/mail/0/`, directory: resolve('test/fixtures/outlook') },
    { url: `https://${host}/shared/`, directory: resolve('test/fixtures/shared') },
    { url: `https://${host}/mail/`, directory: resolve('test/fixtures/outlook') },
  ]),
});

interface Fixture {
  ready: boolean;
  selfCheck(): string[];
  openCompose(kind: string, opts?: Record<string, unknown>): string;
  navigate(view: string): string;
}

/** Every element is laid out (happy-dom has no layout), except what is hidden. */
function layOut(tab: BrowserPage) {
  const { HTMLElement, DOMRect } = tab.mainFrame.window;
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return this.closest('[hidden]') ? new DOMRect() : new DOMRect(0, 0, 120, 20);
  };
}

async function load(page: string, host: (typeof HOSTS)[number] = 'outlook.live.com') {
  const tab = browser.newPage();
  const errors: string[] = [];
  tab.virtualConsolePrinter.addEventListener('print', () => {
    errors.push(...tab.virtualConsolePrinter.readAsString().split('\n').filter(Boolean));
  });
  const base = host === 'outlook.live.com' ? '/mail/0/' : '/mail/';
  await tab.goto(`https://${host}${base}${page}`);
  await tab.waitUntilComplete();
  layOut(tab);
  const doc = tab.mainFrame.document as unknown as Document;
  const fixture = (tab.mainFrame.window as unknown as { __fixture?: Fixture }).__fixture;
  expect(errors).toEqual([]);
  expect(fixture?.ready).toBe(true);
  expect(fixture?.selfCheck()).toEqual([]);
  if (!fixture) throw new Error('no fixture');
  return { doc, fixture };
}

const composeIn = (doc: Document) => {
  const root = outlook.findComposes(doc)[0];
  if (!root) throw new Error('no compose');
  return outlook.compose(root);
};

const DANA = { senderName: 'Dana Whitaker', senderEmail: 'dana.whitaker@acme.com' };

describe('outlook adapter: a conversation in every language and rendering', () => {
  it.each([
    ['reading.html', 'label', /Thursday, February 26, 2026/],
    ['reading-de.html', 'label', /Donnerstag, 26\. Februar 2026/],
    ['reading-fr.html', 'label', /jeudi 26 f.vrier 2026 10:15/],
    ['reading-nolabel.html', 'body', /Thursday, February 26, 2026/],
    ['reading.html?lang=fr&messageLabel=none', 'body', /jeudi 26 f.vrier 2026/],
  ])('%s: subject, id and each message, found by its %s', async (page, signal, date) => {
    const { doc } = await load(page);
    const thread = outlook.thread(doc);
    expect(thread?.subject).toBe('Interview for Senior Software Engineer at Acme');
    expect(thread?.id).toContain('+');
    expect(thread?.messages).toHaveLength(1);
    expect(thread?.messages[0]).toMatchObject(DANA);
    expect(thread?.messages[0]?.dateText).toMatch(date);
    expect(thread?.messages[0]?.text).toContain('Tuesday, March 3 at 2:00 PM');
    expect(outlook.diagnose(doc)['thread.messages.signal']).toBe(signal);
  });

  it('reads French messages whose label the table lacks, by their bodies', async () => {
    const { doc } = await load('reading-fr.html');
    for (const message of doc.querySelectorAll('[aria-label="Message \u00e9lectronique"]')) {
      message.setAttribute('aria-label', 'Courriel');
    }
    expect(outlook.thread(doc)?.messages[0]).toMatchObject(DANA);
    expect(outlook.diagnose(doc)['thread.messages.signal']).toBe('body');
  });

  it('finds collapsed messages beside the expanded ones, and no reply in the conversation', async () => {
    const { doc, fixture } = await load('reading-nolabel.html');
    fixture.navigate('globex');
    fixture.openCompose('reply');
    const messages = outlook.thread(doc)?.messages;
    expect(messages?.map((message) => message.senderEmail)).toEqual([
      'alex.morgan@outlook.com',
      'jordan.lee@globex.io',
    ]);
    expect(messages?.[1]?.text).toContain('get back to you by Friday');
  });

  it('falls back from the date id to a title that reads as a date', async () => {
    const { doc } = await load('reading-fr.html');
    for (const date of doc.querySelectorAll('[id$="_DATETIME"]')) date.removeAttribute('id');
    expect(outlook.thread(doc)?.messages[0]?.dateText).toMatch(/jeudi 26 f.vrier 2026 10:15/);
    expect(outlook.diagnose(doc)['message.date']).toBe('1/1 dated title');
  });

  it('never takes an address in the message text for the sender', async () => {
    const { doc } = await load('reading-nolabel.html');
    // The header loses its persona and recipients; the text holds a persona-like link.
    for (const element of doc.querySelectorAll('[aria-label*="@"], [title*="@"]')) {
      element.removeAttribute('aria-label');
      element.removeAttribute('title');
    }
    const link = doc.createElement('a');
    link.title = 'mallory@evil.example';
    link.setAttribute('aria-label', 'From: Mallory <mallory@evil.example>');
    doc.querySelector('[id^="UniqueMessageBody_"]')?.prepend(link);
    expect(outlook.thread(doc)?.messages[0]).toMatchObject({ senderName: '', senderEmail: '' });
  });

  it('says a thread is unreadable when its messages are there without the header', async () => {
    const { doc } = await load('reading-nolabel.html');
    expect(outlook.unreadableThread(doc)).toBeNull();
    doc.querySelector('[role=heading]')?.remove();
    expect(outlook.thread(doc)).toBeNull();
    expect(
      outlook.unreadableThread(doc)?.querySelector('[id^="UniqueMessageBody_"]'),
    ).not.toBeNull();
  });
});

describe('outlook adapter: who the user is', () => {
  it('reads the primary mailbox root first, then the account button, then a compose', async () => {
    const { doc, fixture } = await load('reading-fr.html', 'outlook.office.com');
    expect(outlook.userEmail(doc)).toBe('alex.morgan@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('[id^=primaryMailboxRoot_] title');
    doc.querySelector('[id^="primaryMailboxRoot_"]')?.remove();
    expect(outlook.userEmail(doc)).toBe('alex.morgan@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('account button');
    doc.querySelector('#O365_MainLink_Me')?.remove();
    expect(outlook.userEmail(doc)).toBeNull();
    fixture.openCompose('new');
    expect(outlook.userEmail(doc)).toBe('alex.morgan@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('compose from');
  });

  it("reads a pop-out window's user from its compose's From: the window has no header", async () => {
    const { doc } = await load('compose-popout.html?lang=fr');
    expect(doc.querySelector('#O365_MainLink_Me, [role=tree]')).toBeNull();
    expect(outlook.userEmail(doc)).toBe('alex.morgan@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('compose from');
  });

  it('reads the folder tree when the root has no mailbox id (outlook.live.com names no address on the button)', async () => {
    const { doc } = await load('reading.html');
    doc.querySelector('[id^="primaryMailboxRoot_"]')?.removeAttribute('id');
    expect(outlook.userEmail(doc)).toBe('alex.morgan@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('folder tree root');
  });

  it("reads the address before the folder tree's from the opened account card", async () => {
    const { doc } = await load('reading.html');
    doc.querySelector('[id^="primaryMailboxRoot_"]')?.removeAttribute('id');
    doc.querySelector<HTMLElement>('#O365_MainLink_Me')?.click();
    expect(outlook.userEmail(doc)).toBe('alex.morgan@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('account card');
  });
});

describe("outlook adapter: the user's name", () => {
  /** The name, and the signal Copy diagnostics names for it. */
  const nameIn = (doc: Document) => [outlook.userName(doc), outlook.diagnose(doc)['user.name']];
  const removeAccountButton = (doc: Document) => doc.querySelector('#O365_MainLink_Me')?.remove();

  it('reads the opened account card first', async () => {
    const { doc } = await load('reading.html');
    doc.querySelector<HTMLElement>('#O365_MainLink_Me')?.click();
    const card = doc.querySelector('#mectrl_currentAccount_primary');
    if (!card) throw new Error('no account card');
    card.textContent = ' Alex J.\n Morgan ';
    expect(nameIn(doc)).toEqual(['Alex J. Morgan', 'account card']);
  });

  it.each(['reading-fr.html', 'reading-nolabel.html'])(
    "%s: reads the sender name of the user's own message, found by the user's address",
    async (page) => {
      const { doc, fixture } = await load(page);
      removeAccountButton(doc);
      // Acme's only message is Dana's: the other party is never taken for the user.
      expect(nameIn(doc)).toEqual([null, 'none']);
      fixture.navigate('globex');
      expect(nameIn(doc)).toEqual(['Alex Morgan', 'own message']);
      // Without the user's address, no message is known to be theirs.
      doc.querySelector('[role=tree]')?.remove();
      expect(outlook.userEmail(doc)).toBeNull();
      expect(nameIn(doc)).toEqual([null, 'none']);
    },
  );

  it("keeps a hostile name on the user's own message as text", async () => {
    const { doc, fixture } = await load('reading.html');
    removeAccountButton(doc);
    fixture.navigate('globex');
    const hostile = '<img src=x onerror="window.__pwned=1"> & </div>';
    const persona = doc.querySelector('[aria-label*="alex.morgan@outlook.com"]');
    persona?.setAttribute('aria-label', `From: ${hostile} <alex.morgan@outlook.com>`);
    const images = doc.querySelectorAll('img').length;
    expect(nameIn(doc)).toEqual([hostile, 'own message']);
    expect(doc.querySelectorAll('img')).toHaveLength(images);
  });

  it("reads the display name an open compose's From shows, never the bare address", async () => {
    const { doc, fixture } = await load('demo-fr.html');
    removeAccountButton(doc);
    fixture.openCompose('new');
    expect(nameIn(doc)).toEqual([null, 'none']);
    const from = [...composeIn(doc).root.querySelectorAll('span')].find(
      (span) => span.textContent === 'alex.morgan@outlook.com',
    );
    if (!from) throw new Error('no From');
    from.textContent = 'Alex Morgan <alex.morgan@outlook.com>';
    expect(nameIn(doc)).toEqual(['Alex Morgan', 'compose from']);
    expect(composeIn(doc).from()).toBe('alex.morgan@outlook.com');
  });

  it.each([
    ['reading.html', 'outlook.live.com'],
    ['reading-de.html', 'outlook.office.com'],
    ['reading-fr.html', 'outlook.live.com'],
    ['reading-fr.html', 'outlook.office.com'],
  ] as const)("%s on %s: reads the name in the account button's label", async (page, host) => {
    const { doc } = await load(page, host);
    expect(nameIn(doc)).toEqual(['Alex Morgan', '#O365_MainLink_Me']);
  });

  it("takes neither a label's words nor an address for a name, and finds the button by its label", async () => {
    const { doc } = await load('reading.html');
    const button = doc.querySelector('#O365_MainLink_Me');
    if (!button) throw new Error('no account button');
    button.setAttribute('aria-label', 'Kontoverwaltung f\u00fcr Alex Morgan');
    expect(nameIn(doc)).toEqual(['Alex Morgan', '#O365_MainLink_Me']);
    // A language the label table lacks: the label's words are no name.
    button.setAttribute('aria-label', 'Administrador de cuentas para Alex Morgan');
    expect(nameIn(doc)).toEqual([null, 'none']);
    button.setAttribute('aria-label', 'Account manager for alex.morgan@outlook.com');
    expect(nameIn(doc)).toEqual([null, 'none']);
    // The account button without its id, found by its label.
    button.setAttribute('aria-label', 'Gestionnaire de comptes pour Alex Morgan');
    button.removeAttribute('id');
    expect(outlook.userName(doc)).toBe('Alex Morgan');
    expect(outlook.diagnose(doc)['user.name']).toContain('Gestionnaire de comptes pour');
    // Microsoft 365's me control, named in its title.
    button.remove();
    const picture = doc.createElement('button');
    picture.id = 'mectrl_headerPicture';
    picture.title = 'Account manager for Alex Morgan (alex.morgan@outlook.com)';
    doc.body.append(picture);
    expect(nameIn(doc)).toEqual(['Alex Morgan', '#mectrl_headerPicture']);
  });
});

describe('outlook adapter: the per-mutation filters', () => {
  it('look again at the thread for a message added without its label, not for list churn', async () => {
    const { doc } = await load('reading-nolabel.html');
    const body = doc.querySelector('[role=document]');
    const row = doc.querySelector('[data-convid]');
    if (!body || !row) throw new Error('no message or row');
    expect(outlook.mayChangeThread(body)).toBe(true);
    expect(outlook.mayChangeThread(row)).toBe(false);
    expect(outlook.mayContainCompose(row)).toBe(false);
  });
});

describe('outlook adapter: composes', () => {
  it('finds the Send button by id, primary class, then label; the menu arrow is no Send', async () => {
    const { doc } = await load('compose-reply-fr.html');
    const compose = composeIn(doc);
    const send = compose.sendButton();
    const arrow = doc.querySelector('[aria-haspopup=menu].ms-Button--primary');
    expect(send?.textContent).toBe('Envoyer');
    expect(outlook.diagnose(doc)['compose.send']).toBe('button[id$="__primaryActionButton"]');
    expect(send && compose.isSendButton(send)).toBe(true);
    expect(arrow && compose.isSendButton(arrow)).toBe(false);
    send?.removeAttribute('id');
    expect(compose.sendButton()).toBe(send);
    expect(outlook.diagnose(doc)['compose.send']).toBe(
      'button.ms-Button--primary:not([aria-haspopup])',
    );
    send?.classList.remove('ms-Button--primary');
    expect(compose.sendButton()).toBe(send);
    expect(outlook.diagnose(doc)['compose.send']).toContain('Envoyer');
    expect(send && compose.isSendButton(send)).toBe(true);
  });

  it('finds the classic Send button by its untranslated name', async () => {
    const { doc } = await load('compose-reply-fr.html?ui=classic');
    const send = composeIn(doc).sendButton();
    expect(send?.getAttribute('name')).toBe('Send');
    expect(send && composeIn(doc).isSendButton(send)).toBe(true);
  });

  it("finds a new message's subject as its one text input, in French, and its From", async () => {
    const { doc, fixture } = await load('demo-fr.html');
    fixture.openCompose('new', { subject: '' });
    const compose = composeIn(doc);
    expect(compose.visibleSubject()?.getAttribute('aria-label')).toBe('Ajouter un objet');
    expect(outlook.diagnose(doc)['compose.subject']).toBe('only text input');
    expect(compose.from()).toBe('alex.morgan@outlook.com');
    compose.visibleSubject()?.closest('div')?.setAttribute('hidden', '');
    expect(compose.visibleSubject()).toBeNull();
  });

  it('takes no dialog for a compose: the account card is none', async () => {
    const { doc } = await load('reading.html');
    doc.querySelector<HTMLElement>('#O365_MainLink_Me')?.click();
    expect(doc.querySelector('[role=dialog]')).not.toBeNull();
    expect(outlook.findComposes(doc)).toEqual([]);
  });

  it('gives an inline reply no subject and no From', async () => {
    const { doc } = await load('compose-reply-fr.html');
    const compose = composeIn(doc);
    expect(compose.visibleSubject()).toBeNull();
    expect(compose.from()).toBeNull();
    expect(compose.recipients()).toEqual(['dana.whitaker@acme.com']);
  });

  it('diagnoses with signal names and counts only: no address, name or mail text', async () => {
    const { doc } = await load('compose-reply-fr.html', 'outlook.office.com');
    const report = JSON.stringify(outlook.diagnose(doc));
    expect(report).not.toMatch(/@\w|Dana|Alex|Acme|Interview/);
    expect(outlook.diagnose(doc)).toMatchObject({
      composes: 1,
      'message.sender': expect.stringMatching(/^1\/1 /),
    });
  });
});

describe('outlook adapter: the message list', () => {
  it.each(['demo.html', 'demo-de.html', 'demo-fr.html'])(
    '%s: each row with its conversation id, a date any language reads, unread by weight or label',
    async (page) => {
      const { doc } = await load(page);
      const rows = outlook.listRows(doc);
      const listed = [...doc.querySelectorAll('#MailList [data-convid]')];
      expect(rows.map((row) => row.threadId)).toEqual(
        listed.map((row) => row.getAttribute('data-convid')),
      );
      for (const row of rows) {
        expect(parseShownDate(row.dateTexts[0] ?? '', new Date())).toBeTypeOf('number');
      }
      expect(rows.map((row) => row.unread())).toEqual([true, true, false, true, false]);
    },
  );

  it('tells unread rows by their bold date when no label says so', async () => {
    const { doc } = await load('demo.html');
    // outlook.css draws unread dates bold (happy-dom does not apply it once the fixture rewrote
    // its selectors): the same weight, inline, on the rows the label calls unread; then no labels.
    for (const row of doc.querySelectorAll<HTMLElement>('[data-convid]')) {
      const dates = row.querySelectorAll<HTMLElement>('[title]');
      const date = dates[dates.length - 1];
      if (date)
        date.style.fontWeight = row.getAttribute('aria-label')?.startsWith('Unread ')
          ? '600'
          : '400';
      row.removeAttribute('aria-label');
    }
    expect(outlook.listRows(doc).map((row) => row.unread())).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});
