/* global document */
/**
 * The steady states the main-thread traces measure on the busy page, each left to settle for a
 * second so that mounting costs (measured elsewhere) stay out of the trace.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { FIXTURE_RECRUITER } from './seed.mjs';

const SETTLE_MS = 1_000;

/** One floating compose open, with its panel ready when the extension is loaded. */
export async function composeOpen(page, { panel = true } = {}) {
  await page.evaluate(
    (to) => globalThis.__fixture.openCompose('floating', { to: [to] }),
    FIXTURE_RECRUITER,
  );
  if (panel) {
    await page.waitForFunction(() => {
      const host = document.querySelector('interview-follow-up-panel');
      const buttons = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])];
      return buttons.some((button) => button.textContent.trim() === 'Insert thank-you');
    });
  }
  await sleep(SETTLE_MS);
}

/**
 * The Acme thread open (its tag bar mounted), as when the user reads a thread: the busy page keeps
 * churning its hidden list and chat roster behind it.
 */
export async function threadOpen(page, { bar = true } = {}) {
  await page.evaluate(() => globalThis.__fixture.navigate('acme'));
  if (bar) await page.waitForFunction(() => document.querySelector('interview-follow-up-thread'));
  await sleep(SETTLE_MS);
}
