import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type ExtensionSession } from './harness';

describe('the options page', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('shows the version and the plan settings in effect', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    await page
      .getByText('2 h after the interview ends', { exact: true })
      .waitFor({ timeout: 5_000 });
    const text = await page.locator('main').textContent();
    expect(text).toContain('Interview Follow-up settings');
    expect(text).toMatch(/Version \d+\.\d+\.\d+/);
    expect(text).toContain('7 day(s) after the interview');
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'options');
    await page.close();
  });
});
