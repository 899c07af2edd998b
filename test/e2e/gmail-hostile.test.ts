import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openMailPage } from './mail-page';
import { launchExtension, type ExtensionSession } from './harness';

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_URL = 'https://mail.google.com/mail/u/0/#inbox/hostile';
const PANEL = '[aria-label="Interview follow-up"]';

/** Elements that hostile text would have become, anywhere: page, and our open shadow roots. */
function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => {
    const roots: ParentNode[] = [document];
    for (const host of document.querySelectorAll(
      'interview-follow-up-panel, interview-follow-up-thread',
    )) {
      if (host.shadowRoot) roots.push(host.shadowRoot);
    }
    const body = document.querySelectorAll('[g_editable="true"]');
    return (
      roots.reduce(
        (sum, root) =>
          sum +
          root.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], script:not([src])')
            .length,
        0,
      ) +
      [...body].reduce(
        (sum, element) => sum + element.querySelectorAll('img, script, svg, iframe').length,
        0,
      )
    );
  });
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

describe('Gmail: hostile names and subjects stay text', () => {
  let ext: ExtensionSession;
  let page: Page;
  let baseline = 0;

  beforeAll(async () => {
    ext = await launchExtension();
    ({ page } = await openMailPage(ext, { gmail: 'gmail/hostile.html' }, HOSTILE_URL));
    baseline = await injectedElements(page);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('prefills the tag form with the hostile text as plain values', async () => {
    await page.getByRole('button', { name: 'Tag as interview' }).click();
    const form = page.getByRole('dialog', { name: 'Tag as interview' });
    await expect.poll(() => form.getByLabel('Interviewer name').inputValue()).toBe(HOSTILE_NAME);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit interview' }).waitFor();
    const [view] = await ext.call('interviews/list', {});
    expect(view?.interview.interviewer.name).toBe(HOSTILE_NAME);
    expect(view?.interview.thread?.subject).toContain('<script>');
    expect(await injectedElements(page)).toBe(baseline);
    expect(await pwned(page)).toBeUndefined();
  });

  it('inserts hostile values into the compose as text, never elements', async () => {
    await page.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const panel = page.locator(PANEL);
    await panel.waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.textContent()).toContain('Next:');
    await page.locator('[g_editable="true"]').click();
    await panel.getByRole('button', { name: 'Insert thank-you' }).click();
    const body = page.locator('[g_editable="true"]');
    expect(await body.innerText()).toContain('<img');
    expect(await injectedElements(page)).toBe(baseline);
    expect(await pwned(page)).toBeUndefined();
  });
});
