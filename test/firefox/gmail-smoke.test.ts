import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { GmailFixture } from '../e2e/gmail-fixture-api';
import { FirefoxSession } from './firefox-session';

/**
 * The Firefox smoke: the same journey as gmail-tag and gmail-compose in Chromium, end to end in
 * Firefox's build. Tagging the thread runs the content script, the background event page and
 * storage; inserting runs the panel's draft and the caret handling in Gecko's editor.
 */
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';
/** `>>>` pierces the open shadow roots the extension's UI lives in. */
const PANEL = '>>> [aria-label="Interview follow-up"]';
const BODY = '[g_editable="true"]';

type FixtureWindow = Window & { __fixture?: GmailFixture };

/** The compose body's text; Gecko keeps a typed trailing space as a no-break space in it. */
const bodyText = async (page: Page): Promise<string> =>
  (await page.$eval(BODY, (body) => (body as HTMLElement).innerText)).replaceAll('\u00a0', ' ');

describe('Firefox: the Gmail panel inserts the thank-you', () => {
  let session: FirefoxSession;
  let page: Page;

  beforeAll(async () => {
    session = await FirefoxSession.launch();
    page = await session.openGmail('gmail/thread.html', THREAD_URL);
  });
  afterAll(async () => {
    expect(session?.pageErrors).toEqual([]);
    await session?.close();
  });

  it('tags the thread as an interview from the form prefilled from the thread', async () => {
    await page.locator('>>> ::-p-text(Tag as interview)').setTimeout(10_000).click();
    await page
      .locator('>>> [role=dialog] input[name=company]')
      .filter((input) => input.value === 'Acme Corp')
      .wait();
    await page.locator('>>> [role=dialog] button[type=submit]').click();
    await page.locator('>>> ::-p-text(Edit interview)').wait();
  });

  it('docks the panel above the reply body, naming the interview', async () => {
    await page.locator('[role=main] [role=button][aria-label=Reply]').click();
    const panel = await page.locator(PANEL).setTimeout(10_000).waitHandle();
    await page
      .locator(`${PANEL} .panel__match`)
      .filter((match) => (match.textContent ?? '').includes('Acme Corp'))
      .wait();
    const [panelBox, bodyBox] = [
      await panel.boundingBox(),
      await (await page.$(BODY))?.boundingBox(),
    ];
    expect(panelBox && bodyBox && panelBox.y + panelBox.height <= bodyBox.y + 1).toBe(true);
  });

  it('inserts the thank-you at the caret, filled from the interview', async () => {
    // The caret goes to the first line by a click there: in headless Firefox, Home and Ctrl+Home
    // (which the Chromium test presses) do not move the caret in a contenteditable.
    await page.locator(`${BODY} > div:first-child`).click();
    await page.keyboard.type('Hello! ');
    await page.locator(`${PANEL} ::-p-text(Insert thank-you)`).click();
    await page
      .locator(BODY)
      .filter((body) => (body as HTMLElement).innerText.includes('[topic you enjoyed]'))
      .wait();
    const text = await bodyText(page);
    expect(text.startsWith('Hello! ')).toBe(true);
    for (const filled of ['Dana', 'Senior Software Engineer', 'Acme Corp']) {
      expect(text).toContain(filled);
    }
    // Above the quoted message, not inside it.
    expect(text.indexOf('[topic you enjoyed]')).toBeLessThan(text.indexOf('wrote:'));
    await session.screenshot('[role=main]', 'firefox-panel');
  });

  it('lets Gmail save the draft', async () => {
    await page.waitForFunction(
      () =>
        ((window as FixtureWindow).__fixture?.lastSavedBody ?? '').includes('[topic you enjoyed]'),
      { timeout: 5_000 },
    );
  });
});
