import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from './harness';

/** Steps of the Acme journey that every rendering of Gmail and Outlook (language, build) must pass. */

export const PANEL = '[aria-label="Interview follow-up"]';
export const BODY = '[role=textbox][contenteditable="true"][aria-multiline="true"]';

/**
 * Opens the tag form on the Acme conversation and checks what it read from Dana's message. The
 * interview's date is "Tuesday, March 3 at 2:00 PM" in her text; its year comes from the message's
 * own time, which the background takes from its id or reads from the page's date text, else from
 * the weekday: the year whose March 3 is a Tuesday.
 */
export async function openAcmeTagForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Tag as interview' }).click();
  const form = page.getByRole('dialog', { name: 'Tag as interview' });
  await expect.poll(() => form.getByLabel('Company').inputValue()).toBe('Acme Corp');
  expect(await form.getByLabel('Role').inputValue()).toBe('Senior Software Engineer');
  expect(await form.getByLabel('Interviewer name').inputValue()).toBe('Dana Whitaker');
  expect(await form.getByLabel('Interviewer email').inputValue()).toBe('dana.whitaker@acme.com');
  expect(await form.getByLabel('Interview date and time').inputValue()).toBe('2026-03-03T14:00');
  return form;
}

/** How many steps of the (only) interview are marked done. */
export async function doneSteps(ext: ExtensionSession): Promise<number> {
  const [view] = await ext.call('interviews/list', {});
  return view?.interview.events.filter((event) => event.type === 'done').length ?? 0;
}
