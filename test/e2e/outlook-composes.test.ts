import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { withOutlook } from './outlook-fixture-api';

const PANEL = '[aria-label="Interview follow-up"]';
const BODY = '[role=textbox][contenteditable="true"][aria-multiline="true"]';
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';

describe('Outlook: every compose kind, German, classic and hostile', () => {
  let ext: ExtensionSession;
  let page: Page;
  const errors: string[] = [];

  const open = async (fixturePage: string, path = '/mail/0/') => {
    await ext.routeFixtures({ outlook: `outlook/${fixturePage}` });
    page = await ext.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`https://outlook.live.com${path}`);
    await withOutlook(page, () => true);
  };

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.call('interviews/create', {
      input: {
        company: 'Acme Corp',
        role: 'Senior Software Engineer',
        interviewer: { name: 'Dana Whitaker', email: 'dana.whitaker@acme.com' },
        start: Date.now() - 4 * 3_600_000,
      },
    });
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('matches a new mail to Dana by its recipient and fills it', async () => {
    await open('compose-new.html');
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await page.locator(BODY).click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    await expect.poll(() => page.locator(BODY).innerText()).toContain('Hi Dana');
    await expect.poll(() => panel.textContent()).toContain('Acme Corp');
    await page.close();
  });

  it("puts the template above the account's signature when the caret was never in the body", async () => {
    await open('reading.html');
    await withOutlook(page, (fixture) => {
      fixture.setSignature(['Alex Morgan', '+1 555 0100']);
      fixture.openCompose('reply', { focus: 'to' });
    });
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Acme Corp');
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    const body = page.locator(BODY);
    await expect.poll(() => body.innerText()).toContain('[topic you enjoyed]');
    const text = await body.innerText();
    expect(text.trimStart().startsWith('Hi Dana,')).toBe(true);
    const [signature, quote] = [text.indexOf('+1 555 0100'), text.indexOf('From:')];
    // The note ends with the name the account button shows, above the signature.
    expect(signature).toBeGreaterThan(text.indexOf('Best regards,\nAlex Morgan\n'));
    expect(text.indexOf('Best regards,\nAlex Morgan\n')).toBeGreaterThan(0);
    expect(quote).toBeGreaterThan(signature);
    await page.close();
  });

  it('docks a panel in the full-page compose', async () => {
    await open('compose-fullpage.html');
    await page.locator(PANEL).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('docks a panel in a pop-out window, and in an about:blank pop-out', async () => {
    await open('reading.html');
    const [popout] = await Promise.all([
      ext.context.waitForEvent('page'),
      withOutlook(page, (fixture) => fixture.openCompose('popout')),
    ]);
    await popout.locator(PANEL).waitFor({ timeout: 10_000 });
    await popout.close();
    const [blank] = await Promise.all([
      ext.context.waitForEvent('page'),
      withOutlook(page, (fixture) => fixture.openCompose('popout', { blank: true })),
    ]);
    await blank.locator(PANEL).waitFor({ timeout: 10_000 });
    await blank.locator(BODY).click();
    await blank.locator(PANEL).getByRole('button', { name: 'Insert check-in' }).click();
    await expect.poll(() => blank.locator(BODY).innerText()).toContain('Acme Corp');
    await blank.close();
    await page.close();
  });

  it('finds the classic Send button by its name and marks the step done', async () => {
    await open('compose-reply.html', '/mail/0/?ui=classic');
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await page.locator(BODY).click();
    await panel.getByRole('button', { name: 'Insert check-in' }).click();
    await expect.poll(() => page.locator(BODY).innerText()).toContain('Acme Corp');
    await page.locator('[aria-label="Command toolbar"] button[name="Send"]').click();
    await expect
      .poll(async () => {
        const [view] = await ext.call('interviews/list', {});
        return view?.interview.events.filter((event) => event.type === 'done').length;
      })
      .toBe(1);
    await page.close();
  });

  it('works in German Outlook', async () => {
    await open('compose-reply-de.html');
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Interviewer name').inputValue()).toBe('Dana Whitaker');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.locator(BODY).click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    await expect.poll(() => page.locator(BODY).innerText()).toContain('Hi Dana');
    await page.locator(BODY).press('Control+Enter');
    await panel.waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps hostile names and subjects as text', async () => {
    await open('hostile.html');
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Interviewer name').inputValue()).toBe(HOSTILE_NAME);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor();
    await withOutlook(page, (fixture) => fixture.openCompose('reply'));
    await page.locator(BODY).click();
    await page.locator(PANEL).getByRole('button', { name: 'Insert thank-you' }).click();
    await expect.poll(() => page.locator(BODY).innerText()).toContain('<img src=x');
    expect(await page.locator(`${BODY} img, ${BODY} script, ${BODY} svg`).count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await page.close();
  });
});
