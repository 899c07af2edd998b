import type { Page } from 'playwright-core';

/** The Outlook fixture's test API (test/fixtures/outlook/outlook-fixture.js, README.md there). */
export interface OutlookFixture {
  ready: boolean;
  draftSaves: number;
  lastSavedBody: string | null;
  sent: { how: string; body: string }[];
  openCompose(kind: string, opts?: Record<string, unknown>): string;
  setSignature(lines: string[] | null): void;
  receiveReply(fromName: string, fromEmail: string, text: string): string;
  conversations(): { alias: string; convid: string; subject: string; messages: number }[];
  /** A new message to a thread not open, while the list is shown (`read`: read elsewhere). */
  deliverMessage(
    thread: string,
    fromName: string,
    fromEmail: string,
    text: string,
    opts?: { read?: boolean },
  ): string;
  navigate(view: string): string;
}

export async function withOutlook<T>(
  page: Page,
  action: (fixture: OutlookFixture) => T,
): Promise<T> {
  await page.waitForFunction(
    () => (window as unknown as { __fixture?: OutlookFixture }).__fixture?.ready === true,
  );
  return page.evaluate(`(${action.toString()})(window.__fixture)`) as Promise<T>;
}
