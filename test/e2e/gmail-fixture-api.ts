import type { Page } from 'playwright-core';

/** How mail arrives in either site's fixture. */
export interface ArrivingMail {
  /** A message from the employer to the open thread. */
  receiveReply(fromName: string, fromEmail: string, text: string): string;
  /** A new message to a thread not open, while the list is shown (`read`: read elsewhere). */
  deliverMessage(
    thread: string,
    fromName: string,
    fromEmail: string,
    text: string,
    opts?: { read?: boolean },
  ): string;
}

/** The Gmail fixture's test API (test/fixtures/gmail/gmail-fixture.js, README.md there). */
export interface GmailFixture extends ArrivingMail {
  ready: boolean;
  draftSaves: number;
  lastSavedBody: string | null;
  sent: { composeid: string; body: string; subject: string }[];
  /** The page's UI text by key, in its language (`sendTooltip`: what its composes' Send says). */
  ui: Record<string, string>;
  openCompose(kind: 'floating' | 'fullscreen' | 'inline' | 'popout'): string;
  setSignature(lines: string[] | null): void;
  threads(): { alias: string; threadId: string; subject: string; messages: number }[];
  navigate(view: string): void;
  composes(): { composeid: string; kind: string; saves: number }[];
  /** [] when the structure the fixture's README promises holds on the current DOM. */
  selfCheck(): string[];
}

/** Runs `action` with the page's fixture API, once the fixture says it is ready. */
export async function withFixture<T>(page: Page, action: (fixture: GmailFixture) => T): Promise<T> {
  await page.waitForFunction(
    () => (window as unknown as { __fixture?: GmailFixture }).__fixture?.ready === true,
  );
  return page.evaluate(`(${action.toString()})(window.__fixture)`) as Promise<T>;
}
