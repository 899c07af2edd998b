import { describe, expect, it } from 'vitest';
import { mailPageSuite } from './mail-page';
import { screenshot, screenshotFrom } from './harness';
import { withOutlook } from './outlook-fixture-api';
import { BODY, doneSteps, openAcmeTagForm, PANEL } from './acme-steps';

const HOSTS = [
  // No folder in the path: the page's own view (the Acme conversation) opens.
  { host: 'outlook.live.com', path: '/mail/0/' },
  { host: 'outlook.office.com', path: '/mail/' },
  { host: 'outlook.office365.com', path: '/mail/' },
];

describe.each(HOSTS)('Outlook at $host: tag, insert, send', ({ host, path }) => {
  const suite = mailPageSuite({ outlook: 'outlook/reading.html' }, `https://${host}${path}`);

  it('tags the open conversation, prefilled from its messages', async () => {
    const form = await openAcmeTagForm(suite.page);
    if (host === 'outlook.live.com') await screenshot(suite.page, 'outlook-tag-form');
    await form.getByRole('button', { name: 'Save' }).click();
    await suite.page.getByRole('button', { name: 'Edit interview' }).waitFor();
    const [view] = await suite.ext.call('interviews/list', {});
    expect(view?.interview.thread).toMatchObject({ provider: 'outlook' });
    expect(view?.interview.thread?.threadId).toContain('+');
  });

  it('keeps "Edit interview" after a reload', async () => {
    await suite.page.reload();
    await suite.page.getByRole('button', { name: 'Edit interview' }).waitFor({ timeout: 10_000 });
  });

  it('inserts the thank-you into the inline reply above the quote, undone by one Ctrl+Z', async () => {
    await withOutlook(suite.page, (fixture) => fixture.openCompose('reply'));
    const panel = suite.page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.textContent()).toContain('Next:');
    const body = suite.page.locator(BODY);
    await body.click();
    await suite.page.keyboard.press('Control+Home');
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    // roosterjs takes the paste and lands it a task later.
    await expect.poll(() => body.innerText()).toContain('[topic you enjoyed]');
    const order = await body.evaluate((element: HTMLElement) => {
      const text = element.innerText;
      return { insertion: text.indexOf('[topic you enjoyed]'), quote: text.indexOf('From:') };
    });
    expect(order.insertion).toBeGreaterThanOrEqual(0);
    expect(order.quote).toBeGreaterThan(order.insertion);
    expect(await body.locator('#divRplyFwdMsg').count()).toBe(1);
    await expect
      .poll(() => withOutlook(suite.page, (fixture) => fixture.lastSavedBody ?? ''))
      .toContain('[topic you enjoyed]');
    if (host === 'outlook.live.com') await screenshotFrom(panel, 'outlook-panel-inserted');

    await suite.page.keyboard.press('Control+z');
    await expect.poll(() => body.innerText()).not.toContain('[topic you enjoyed]');
    expect(await body.locator('#divRplyFwdMsg').count()).toBe(1);
    await suite.page.keyboard.press('Control+y');
    await expect.poll(() => body.innerText()).toContain('[topic you enjoyed]');
  });

  it('marks the thank-you done when the reply is sent', async () => {
    await suite.page.locator(BODY).press('Control+Enter');
    await expect.poll(() => doneSteps(suite.ext)).toBe(1);
    await suite.page.locator(PANEL).waitFor({ state: 'detached' });
  });
});
