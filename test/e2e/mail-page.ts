import type { Page } from 'playwright-core';
import type { ExtensionSession, FixturePages } from './harness';

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
