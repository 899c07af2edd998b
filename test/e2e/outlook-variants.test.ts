import { describe, expect, it } from 'vitest';
import { mailPageSuite } from './mail-page';
import { withOutlook } from './outlook-fixture-api';
import { BODY, doneSteps, openAcmeTagForm, PANEL } from './acme-steps';

/**
 * The whole journey on renderings of Outlook the adapter's label table does not name: French
 * (labels, tooltips, dates and folders translated), and messages without the "Email message"
 * region label, as in the 2025 capture. Send is a click on the button, found without its label.
 */
const VARIANTS = [
  { name: 'in French', page: 'outlook/reading-fr.html', send: 'Envoyer' },
  { name: 'without the message label', page: 'outlook/reading-nolabel.html', send: 'Send' },
];

describe.each(VARIANTS)('Outlook $name: tag, insert, send, new message', ({ page, send }) => {
  const suite = mailPageSuite({ outlook: page }, 'https://outlook.live.com/mail/0/');

  it('tags the conversation, prefilled from its messages', async () => {
    const form = await openAcmeTagForm(suite.page);
    await form.getByRole('button', { name: 'Save' }).click();
    await suite.page.getByRole('button', { name: 'Edit interview' }).waitFor();
  });

  it('inserts the thank-you into a reply, signed with the name the page shows, and its Send button marks the step done', async () => {
    await withOutlook(suite.page, (fixture) => fixture.openCompose('reply'));
    const panel = suite.page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    const body = suite.page.locator(BODY);
    await body.click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    await expect.poll(() => body.innerText()).toContain('[topic you enjoyed]');
    // The account card was never opened: the name is the account button's, in the page's language.
    expect(await body.innerText()).toMatch(/Best regards,\nAlex Morgan\n/);
    expect(await body.innerText()).not.toContain('[your name]');
    await suite.page.getByRole('button', { name: send, exact: true }).click();
    await expect.poll(() => doneSteps(suite.ext)).toBe(1);
    await panel.waitFor({ state: 'detached' });
  });

  it("takes the employer's reply for one, and the user's own sent message never", async () => {
    await withOutlook(suite.page, (fixture) =>
      fixture.receiveReply('Dana Whitaker', 'dana.whitaker@acme.com', 'Thanks, Alex!'),
    );
    await suite.page
      .getByRole('group', { name: /The employer replied/ })
      .waitFor({ timeout: 10_000 });
    const [view] = await suite.ext.call('interviews/list', {});
    expect(view?.interview.events.filter((event) => event.type === 'reply')).toHaveLength(1);
  });

  it("fills a new message's empty subject with the check-in's", async () => {
    await withOutlook(suite.page, (fixture) =>
      fixture.openCompose('new', {
        to: [{ name: 'Dana Whitaker', email: 'dana.whitaker@acme.com' }],
        subject: '',
      }),
    );
    const panel = suite.page.locator(PANEL);
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('Acme Corp');
    await suite.page.locator(BODY).click();
    await panel.getByRole('button', { name: 'Insert check-in' }).click();
    const subject = suite.page.locator('[id^="docking_InitVisiblePart"] input[type=text]');
    await expect.poll(() => subject.inputValue()).toContain('Senior Software Engineer');
  });
});
