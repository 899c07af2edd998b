import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openMailPage } from './mail-page';
import { launchExtension, screenshot, screenshotFrom, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';
import { acmeThreadInterview } from './interviews';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/acme';
const PANEL = '[aria-label="Interview follow-up"]';

/** The body of the compose that holds this panel. */
const bodyOf = (page: Page, index = 0): Locator => page.locator('[g_editable="true"]').nth(index);

describe('Gmail: the panel beside a reply', () => {
  let ext: ExtensionSession;
  let page: Page;
  let id = '';
  let errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    ({ page, errors } = await openMailPage(ext, { gmail: 'gmail/thread.html' }, THREAD_URL));
    const threadId = await page
      .locator('h2[data-legacy-thread-id]')
      .getAttribute('data-legacy-thread-id');
    const view = await ext.call('interviews/create', {
      input: acmeThreadInterview(threadId ?? '', THREAD_URL),
    });
    id = view.interview.id;
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('docks a panel beside the inline reply, showing the due step', async () => {
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.textContent()).toContain('Next: Thank-you note');
    expect(
      await panel.getByRole('button', { name: 'Insert thank-you' }).getAttribute('class'),
    ).toContain('is-due');
    const [panelBox, bodyBox] = [await panel.boundingBox(), await bodyOf(page).boundingBox()];
    expect(panelBox && bodyBox && panelBox.y + panelBox.height <= bodyBox.y + 1).toBe(true);
  });

  it('inserts the thank-you at the caret, above the quote, filled from the interview', async () => {
    const body = bodyOf(page);
    await body.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hello! ');
    await page.locator(PANEL).getByRole('button', { name: 'Insert thank-you' }).click();
    const text = await body.innerText();
    expect(text.startsWith('Hello! ')).toBe(true);
    expect(text).toContain('Dana');
    expect(text).toContain('Senior Software Engineer');
    expect(text).toContain('Acme Corp');
    expect(text).toContain('[topic you enjoyed]');
    const quoteIndex = await body.evaluate((element) => {
      const quote = element.querySelector('.gmail_quote');
      const walker = (element.textContent ?? '').indexOf(quote?.textContent ?? '\u0000');
      return walker;
    });
    expect(quoteIndex).toBeGreaterThan((await body.textContent())?.indexOf('Dana') ?? Infinity);
    await screenshot(page.locator('[role=main]'), 'gmail-panel-inserted');
  });

  it('lets Gmail save the draft', async () => {
    await expect
      .poll(() => withFixture(page, (fixture) => fixture.lastSavedBody ?? ''), { timeout: 5_000 })
      .toContain('[topic you enjoyed]');
  });

  it('is undone by one Ctrl+Z', async () => {
    const body = bodyOf(page);
    await body.focus();
    await page.keyboard.press('Control+z');
    const text = await body.innerText();
    // The prompt appears only in what was inserted (the quote names Acme too).
    expect(text).not.toContain('[topic you enjoyed]');
    expect(text).toContain('Hello!');
    await page.keyboard.press('Control+y');
    expect(await body.innerText()).toContain('[topic you enjoyed]');
  });

  it('marks the thank-you done when the reply is sent', async () => {
    await page.locator('[role=button][data-tooltip^="Send"]').first().click();
    await expect
      .poll(
        async () =>
          (await ext.call('interviews/get', { id }))?.plan.steps.find((s) => s.step === 'thankYou')
            ?.state,
        {
          timeout: 5_000,
        },
      )
      .toBe('done');
    await page.locator(PANEL).waitFor({ state: 'detached' });
  });

  it('offers the check-in next, in a new reply, and inserts it', async () => {
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Next: Check-in');
    await bodyOf(page).click();
    await panel.getByRole('button', { name: 'Insert check-in' }).click();
    // The check-in's own words, with the role filled in (the quote below names the role too).
    await expect
      .poll(() => bodyOf(page).innerText())
      .toMatch(/our interview on \w+.* for the Senior Software Engineer position at Acme Corp/);
    const text = await bodyOf(page).innerText();
    expect(text).not.toContain('[topic you enjoyed]');
    // The click put the caret in the quote: the check-in goes to the empty line the reply starts
    // with, and its last line stays apart from the quote's "On ... wrote:".
    expect(text.startsWith('Hi Dana,')).toBe(true);
    // Signed with the name on the account button (no name in Settings).
    expect(text).toMatch(/Alex Morgan\n+On /);
    await screenshotFrom(panel, 'gmail-panel-check-in');
  });
});
