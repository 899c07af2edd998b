import type { Page } from 'playwright-core';
import type { ArrivingMail } from './gmail-fixture-api';

/** The Outlook fixture's test API (test/fixtures/outlook/outlook-fixture.js, README.md there). */
export interface OutlookFixture extends ArrivingMail {
  ready: boolean;
  draftSaves: number;
  lastSavedBody: string | null;
  sent: { how: string; body: string }[];
  openCompose(kind: string, opts?: Record<string, unknown>): string;
  setSignature(lines: string[] | null): void;
  conversations(): { alias: string; convid: string; subject: string; messages: number }[];
  navigate(view: string): string;
  /** The fixture's own consistency check: the problems it finds, none when it holds. */
  selfCheck(): string[];
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
