import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMailPage } from './mail-page';
import { launchExtension, type ExtensionSession } from './harness';
import { withFixture } from './gmail-fixture-api';

const PANEL = '[aria-label="Interview follow-up"]';

describe('Gmail: hashed class names and a changed page', () => {
  let ext: ExtensionSession;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    // Gmail's 2026 A/B test: obfuscated classes get hashed suffixes (Ht became Ht-<hash>).
    ({ page, errors } = await openMailPage(
      ext,
      { gmail: 'gmail/demo.html' },
      'https://mail.google.com/mail/u/0/?hashed=1#inbox/acme',
    ));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await ext?.close();
  });

  it('still tags the thread when class names are hashed', async () => {
    expect(await page.locator('h2.hP').count()).toBe(1);
    expect(await page.locator('.M9, .aoI, .Ap').count()).toBe(0);
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Acme Corp');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor();
  });

  it('docks the panel, inserts, and a Ctrl+Enter send marks the step done', async () => {
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.textContent()).toContain('Next:');
    const body = page.locator('[g_editable="true"]');
    await body.click();
    await panel.getByRole('button', { name: 'Insert check-in' }).click();
    expect(await body.innerText()).toContain('Dana');
    await body.press('Control+Enter');
    await expect
      .poll(async () => {
        const [view] = await ext.call('interviews/list', {});
        return view?.interview.events
          .filter((event) => event.type === 'done')
          .map((e) => 'step' in e && e.step);
      })
      .toEqual(['checkIn']);
    await panel.waitFor({ state: 'detached' });
  });

  it('says what it could not find when a compose has no body it knows', async () => {
    await withFixture(page, (fixture) => {
      fixture.openCompose('floating');
      // Same task: the page watcher first sees a compose whose body is gone.
      for (const body of document.querySelectorAll('[role=dialog] [g_editable="true"]'))
        body.remove();
    });
    const panel = page.locator(PANEL).last();
    await panel.getByRole('alert').filter({ hasText: 'Could not find the message body' }).waitFor();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    await panel.getByText('Nothing was inserted').first().waitFor();
  });
});
