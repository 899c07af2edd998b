import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withFixture } from './gmail-fixture-api';
import { screenshotFrom } from './harness';
import { mailPageSuite } from './mail-page';
import { PANEL } from './acme-steps';

/**
 * When the page does not show what the extension needs (who the user is, the messages, a Send
 * button), the bar or the panel says so in plain words and offers Copy diagnostics: which signal
 * answered, counts only. Here on Gmail pages stripped of each of those.
 */

/** What Copy diagnostics put on the clipboard. */
async function copyDiagnostics(page: Page, scope: ReturnType<Page['locator']>): Promise<string> {
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
  await scope.getByRole('button', { name: 'Copy diagnostics' }).click();
  await scope.getByText(/^Copied\./).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Nothing private: no address, no name, no word of the mail. */
function expectNothingPrivate(report: string) {
  expect(report).not.toMatch(/@/);
  expect(report).not.toMatch(/Dana|Alex|Whitaker|Morgan|Acme|Senior Software Engineer/);
}

/** Gmail re-renders the thread header now and then: the extension reads the page again. */
const RERENDER = `window.rerenderSubject = () => {
  const heading = document.querySelector('h2[data-legacy-thread-id]');
  heading?.replaceWith(heading.cloneNode(true));
};`;
declare function rerenderSubject(): void;

describe('Gmail page problems, said and reported', () => {
  const suite = mailPageSuite(
    { gmail: 'gmail/thread.html' },
    'https://mail.google.com/mail/u/0/?account=0#inbox/acme',
  );

  it('says when the page does not show who the user is, and leaves the interviewer empty', async () => {
    await suite.page.evaluate(RERENDER);
    // No account button (?account=0), and a title without the address: nothing tells who Alex is.
    await suite.page.evaluate(() => {
      document.title = 'Gmail';
      rerenderSubject();
    });
    await suite.page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = suite.page.getByRole('dialog', { name: 'Tag as interview' });
    const notice = form.getByRole('status').filter({ hasText: 'which address is yours' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await form.getByLabel('Interviewer name').inputValue()).toBe('');
    // The subject still names the role; the interview's date is still read.
    expect(await form.getByLabel('Role').inputValue()).toBe('Senior Software Engineer');
    await screenshotFrom(form, 'gmail-no-user-notice');

    const report = await copyDiagnostics(suite.page, notice);
    expect(report).toMatch(/^problem: no-user$/m);
    expect(report).toMatch(/^user: none$/m);
    expect(report).toMatch(/^thread\.messages: 1$/m);
    expectNothingPrivate(report);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it("says when a compose's Send button cannot be found", async () => {
    await withFixture(suite.page, (fixture) => fixture.openCompose('inline'));
    const panel = suite.page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    // A build whose send row this adapter does not know: no class, no structure, no tooltip.
    await suite.page.evaluate(() => {
      for (const button of document.querySelectorAll('[role=main] [data-tooltip]')) {
        button.remove();
      }
    });
    const notice = panel.getByRole('status').filter({ hasText: 'Send button' });
    await notice.waitFor({ timeout: 10_000 });
    const report = await copyDiagnostics(suite.page, notice);
    expect(report).toMatch(/^problem: no-send-button$/m);
    expect(report).toMatch(/^compose\.send: none$/m);
    expectNothingPrivate(report);
  });

  it("says when a thread's messages cannot be read", async () => {
    await suite.page.evaluate(() => {
      for (const message of document.querySelectorAll('[data-message-id]')) {
        message.removeAttribute('data-message-id');
      }
      rerenderSubject();
    });
    const notice = suite.page.getByRole('status').filter({ hasText: "thread's messages" });
    await notice.waitFor({ timeout: 10_000 });
    const report = await copyDiagnostics(suite.page, notice);
    expect(report).toMatch(/^problem: no-messages$/m);
    expect(report).toMatch(/^thread\.messages: 0$/m);
  });
});
