import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { outlook } from './outlook';
import { findMessages, readMessage } from './outlook-messages';

/**
 * The adapter on the 2025 Outlook captures in the shared folder (../shared/real-pages, beside the
 * repository; see its SOURCES.md). They are read from there at test time, never copied in.
 */
const REPO = resolve(import.meta.dirname, '../../..');
const FOLDER = [resolve(REPO, '../shared/real-pages'), '/work/shared/real-pages']
  .map((root) => resolve(root, 'derived/outlook'))
  .find((folder) => existsSync(folder));
if (!FOLDER) console.warn('Outlook captures skipped: no ../shared/real-pages/derived/outlook here');

const browser = new Browser({ settings: { disableJavaScriptEvaluation: true } });
afterAll(() => browser.close());

/** A capture as the body of a page at Outlook's address. */
function capture(name: string): Document {
  const tab = browser.newPage();
  tab.url = 'https://outlook.office.com/mail/inbox';
  tab.content = `<!doctype html><html lang="de"><body>${readFileSync(
    resolve(FOLDER ?? '', `outlook-2025-mailvelope-derived-${name}.html`),
    'utf8',
  )}</body></html>`;
  return tab.mainFrame.document as unknown as Document;
}

function messagesIn(doc: Document, pane: string) {
  const element = doc.querySelector<HTMLElement>(pane);
  if (!element) throw new Error(`no ${pane}`);
  return findMessages(element);
}

describe.skipIf(!FOLDER)('outlook adapter on the 2025 captures', () => {
  it('readingPaneWithPGP: the "Email message" region, its sender label and text', () => {
    const doc = capture('readingPaneWithPGP');
    const { items, signal } = messagesIn(doc, '#ConversationReadingPaneContainer');
    expect(signal).toBe('label');
    expect(items.map(readMessage)).toEqual([
      expect.objectContaining({ senderName: '', senderEmail: 'sender@example.com' }),
    ]);
    expect(readMessage(items[0] as HTMLElement).text).toContain('BEGIN PGP MESSAGE');
    // No subject heading in the trimmed capture: the pane's messages are unreadable, and said so.
    expect(outlook.thread(doc)).toBeNull();
    expect(outlook.unreadableThread(doc)).toBe(items[0]);
  });

  it('readingPaneWithActions: no label, German; the message is found from its body', () => {
    const doc = capture('readingPaneWithActions');
    const { items, signal } = messagesIn(doc, '[data-app-section="MailReadCompose"]');
    expect(signal).toBe('body');
    expect(items).toHaveLength(1);
    const message = readMessage(items[0] as HTMLElement);
    expect(message).toMatchObject({ senderName: '', senderEmail: 'sender@example.com' });
    expect(message.text).toContain('This is a regular message body.');
    expect(outlook.unreadableThread(doc)).toBe(items[0]);
    // The reading pane's section (MailReadCompose) holds no compose here: no panel beside it.
    expect(outlook.findComposes(doc)).toEqual([]);
    expect(outlook.diagnose(doc)).toMatchObject({
      'thread.pane': '[data-app-section="MailReadCompose"]',
      'thread.messages.signal': 'body',
      'message.sender': '1/1 [aria-label*="@"]',
    });
  });

  it('messageWithAttachment: a message with no persona has no sender, but its text', () => {
    const doc = capture('messageWithAttachment');
    const { items } = messagesIn(doc, '#ConversationReadingPaneContainer');
    expect(items.map(readMessage)).toEqual([
      expect.objectContaining({ senderEmail: '', text: expect.stringContaining('See attached') }),
    ]);
  });

  it('userMailbox: the account address on the primary mailbox root', () => {
    const doc = capture('userMailbox');
    expect(outlook.userEmail(doc)).toBe('toberndo@outlook.com');
    expect(outlook.diagnose(doc).user).toBe('[id^=primaryMailboxRoot_] title');
  });

  it("composeToolbar: the ribbon's split buttons are no compose and no thread", () => {
    const doc = capture('composeToolbar');
    expect(outlook.findComposes(doc)).toEqual([]);
    expect(outlook.mayContainCompose(doc.body)).toBe(false);
    expect(outlook.thread(doc)).toBeNull();
    expect(outlook.unreadableThread(doc)).toBeNull();
  });

  it('diagnoses every capture with signal names and counts only', () => {
    for (const name of ['readingPaneWithPGP', 'readingPaneWithActions', 'userMailbox']) {
      const values = Object.values(outlook.diagnose(capture(name))).join(' ');
      expect(values).not.toMatch(/@\w|example|toberndo|PGP|regular/);
    }
  });
});
