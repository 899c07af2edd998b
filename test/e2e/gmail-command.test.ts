import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMailPage } from './mail-page';
import { launchExtension, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';
import { PANEL } from './acme-steps';

/** What the keyboard command's background side sends to the mail tab. */
async function sendInsertDue(ext: ExtensionSession): Promise<unknown> {
  return ext.serviceWorker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(filter: object): Promise<{ id?: number }[]>;
            sendMessage(tabId: number, message: unknown): Promise<unknown>;
          };
        };
      }
    ).chrome;
    // Without host permissions tabs.query cannot filter by URL: ask every tab, keep the answer.
    const answers = await Promise.all(
      (await api.tabs.query({})).map((tab) =>
        api.tabs
          .sendMessage(tab.id ?? -1, { name: 'compose/insert-due', payload: {} })
          .catch(() => undefined),
      ),
    );
    return answers.filter((answer) => answer !== undefined);
  });
}

describe('Gmail: the insert-due command reaches the focused compose', () => {
  let ext: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    ({ page } = await openMailPage(
      ext,
      { gmail: 'gmail/thread.html' },
      'https://mail.google.com/mail/u/0/#inbox/acme',
    ));
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('tags the thread with an interview that ended hours ago', async () => {
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Acme Corp');
    await form.getByLabel('Interview date and time').fill(
      // Three hours ago, local time: the thank-you note is due now.
      await page.evaluate(() => {
        const d = new Date(Date.now() - 3 * 3_600_000);
        const p = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
      }),
    );
    await form.getByLabel('Length (minutes)').fill('30');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor();
  });

  it('says there is no compose when none is open', async () => {
    expect(await sendInsertDue(ext)).toEqual([
      { ok: true, value: { inserted: false, problem: 'noCompose' } },
    ]);
  });

  it('inserts the due thank-you into the reply the user is writing', async () => {
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    await withFixture(page, (fixture) => fixture.openCompose('floating'));
    // Gmail fills a compose in after adding it: its panel comes a few frames later.
    await expect.poll(() => page.locator(PANEL).count()).toBe(2);
    const reply = page.locator('.ip [g_editable="true"], [role=main] [g_editable="true"]').first();
    // The floating compose covers the reply; the user clicked back into the reply.
    await reply.focus();
    expect(await sendInsertDue(ext)).toEqual([{ ok: true, value: { inserted: true } }]);
    expect(await reply.innerText()).toContain('Thank you for taking the time');
    const floating = page.locator('[role=dialog] [g_editable="true"]').last();
    expect(await floating.innerText()).not.toContain('Thank you');
  });
});
