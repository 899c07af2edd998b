import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchExtension, type ExtensionSession, type FixturePages } from './harness';

export interface MailPage {
  page: Page;
  /** Uncaught errors of the page: a journey ends by expecting none. */
  errors: string[];
}

/** Serves the fixture pages at the real addresses and opens `url` in a new tab. */
export async function openMailPage(
  ext: ExtensionSession,
  pages: FixturePages,
  url: string,
): Promise<MailPage> {
  await ext.routeFixtures(pages);
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** A describe block's browser and mail page; set once its beforeAll has run. */
export interface MailSuite {
  ext: ExtensionSession;
  page: Page;
}

/**
 * For a describe block on one mail page: a fresh browser with the page open before the tests, and
 * after them no uncaught page error and the browser closed.
 */
export function mailPageSuite(pages: FixturePages, url: string): MailSuite {
  const suite = {} as MailSuite;
  let errors: string[] = [];
  beforeAll(async () => {
    suite.ext = await launchExtension();
    ({ page: suite.page, errors } = await openMailPage(suite.ext, pages, url));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await suite.ext?.close();
  });
  return suite;
}
