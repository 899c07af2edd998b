import type { Page } from 'playwright-core';

/** The enabled controls of a page that Tab never reaches, by their label or text. */
export async function unreachableByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const controls = document.querySelectorAll(
      'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, a[href], summary',
    );
    controls.forEach((control, index) => control.setAttribute('data-kb', String(index)));
    return controls.length;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  // Date and time inputs take one Tab per segment (hours, minutes, AM/PM): allow a few each.
  for (let i = 0; i < total * 4 && reached.size < total; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? ''));
    reached.delete('');
  }
  return page.evaluate(
    (seen) =>
      [...document.querySelectorAll('[data-kb]')]
        .filter((control) => !seen.includes(control.getAttribute('data-kb') ?? ''))
        .map((control) => control.getAttribute('aria-label') ?? control.textContent ?? ''),
    [...reached],
  );
}
