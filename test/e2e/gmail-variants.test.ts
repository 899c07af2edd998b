import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';
import { mailPageSuite } from './mail-page';
import { doneSteps, openAcmeTagForm, PANEL } from './acme-steps';

/**
 * The whole journey on renderings of Gmail our first fixture did not show: other languages
 * (labels, tooltips and message dates translated; Italian and Japanese dates no parser of ours
 * reads), no account button (the address only in the
 * title), the 2020 compose, and all of that with hashed class names. The mail text stays English:
 * a user with a Spanish UI reads mail in any language.
 */
const VARIANTS = [
  { name: 'in Spanish', query: 'hl=es', nameOnPage: true },
  { name: 'without an account button', query: 'account=0', nameOnPage: false },
  { name: 'with the 2020 compose', query: 'compose=2020', nameOnPage: true },
  {
    name: 'in German, hashed, 2020 compose, no account button',
    query: 'hl=de&hashed=1&compose=2020&account=0',
    nameOnPage: false,
  },
  // Languages whose shown dates the extension does not read: message times come from the ids.
  { name: 'in Italian', query: 'hl=it', nameOnPage: true },
  { name: 'in Japanese, hashed', query: 'hl=ja&hashed=1', nameOnPage: true },
];

const BODY = '[g_editable="true"]';

/** The interview's reply events: the employer's messages it has noticed. */
async function replies(ext: ExtensionSession): Promise<number> {
  const [view] = await ext.call('interviews/list', {});
  return view?.interview.events.filter((event) => event.type === 'reply').length ?? 0;
}

const messagesShown = (page: Page) => page.locator('[role=main] [data-message-id]').count();

/** Opens the inline reply, waits for its panel and puts the caret in the body. */
async function reply(page: Page) {
  await withFixture(page, (fixture) => fixture.openCompose('inline'));
  const panel = page.locator(PANEL);
  await panel.waitFor({ timeout: 10_000 });
  await page.locator(BODY).click();
  return panel;
}

describe.each(VARIANTS)('Gmail $name: tag, insert, send, replies', ({ query, nameOnPage }) => {
  const suite = mailPageSuite(
    { gmail: 'gmail/thread.html' },
    `https://mail.google.com/mail/u/0/?${query}#inbox/acme`,
  );

  it('tags the thread prefilled from its messages: the interviewer is Dana, not the user', async () => {
    const form = await openAcmeTagForm(suite.page);
    await form.getByRole('button', { name: 'Save' }).click();
    await suite.page.getByRole('button', { name: 'Edit interview' }).waitFor();
  });

  it('inserts the thank-you, signed with the name the page shows, and Send marks it done', async () => {
    const panel = await reply(suite.page);
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    const body = suite.page.locator(BODY);
    await expect.poll(() => body.innerText()).toContain('[topic you enjoyed]');
    // The account button names the user; without it the page does not say, and the prompt stays.
    const signed = (await body.innerText()).includes('Alex Morgan');
    expect(signed).toBe(nameOnPage);
    expect((await body.innerText()).includes('[your name]')).toBe(!nameOnPage);
    await screenshot(suite.page, `gmail-variant-${query.replace(/\W+/g, '-')}`);

    const before = await messagesShown(suite.page);
    const tooltip = await withFixture(suite.page, (fixture) => fixture.ui.sendTooltip);
    await suite.page.locator(`[role=button][data-tooltip="${tooltip}"]`).first().click();
    await expect.poll(() => doneSteps(suite.ext)).toBe(1);
    await suite.page.locator(PANEL).waitFor({ state: 'detached' });
    // The sent thank-you is now the thread's newest message.
    await expect.poll(() => messagesShown(suite.page)).toBe(before + 1);
  });

  it("takes the employer's reply for one, and the user's own sent message never", async () => {
    await withFixture(suite.page, (fixture) =>
      fixture.receiveReply('Dana Whitaker', 'dana.whitaker@acme.com', 'Thanks, Alex!'),
    );
    await suite.page
      .getByRole('group', { name: /The employer replied/ })
      .waitFor({ timeout: 10_000 });
    // One reply: Dana's. The user's thank-you, read before it, was not counted.
    expect(await replies(suite.ext)).toBe(1);
    const [view] = await suite.ext.call('interviews/list', {});
    expect(view?.interview.status).toBe('awaiting');
  });

  it("signs the next note with the name the user's own message showed", async () => {
    const panel = await reply(suite.page);
    await panel.getByRole('button', { name: 'Insert check-in' }).click();
    const body = suite.page.locator(BODY);
    await expect.poll(() => body.innerText()).toContain('Alex Morgan');
    expect(await body.innerText()).not.toContain('[your name]');
  });
});
