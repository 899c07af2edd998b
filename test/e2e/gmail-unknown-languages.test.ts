import { describe, expect, it } from 'vitest';
import { withFixture } from './gmail-fixture-api';
import { mailPageSuite } from './mail-page';

/**
 * Gmail in UI languages whose dates the extension does not read (it knows en, es, de, fr and pt):
 * the fixture speaks Italian and Japanese (`?hl=`), the browser and so the extension's own UI stay
 * English. Dana's message is dated Thu, Feb 26, 2026, 10:15 (test/fixtures/shared/mailbox.js).
 * The journey on these pages (tag, insert, send, replies) runs in gmail-variants.test.ts.
 */
const LANGUAGES = [
  { hl: 'it', reply: 'Rispondi', title: 'gio 26 feb 2026, 10:15' },
  // "Reply" and "2026-02-26 (Thu) 10:15" in Japanese.
  { hl: 'ja', reply: '\u8fd4\u4fe1', title: '2026\u5e742\u670826\u65e5(\u6728) 10:15' },
];

describe.each(LANGUAGES)('Gmail with ?hl=$hl', ({ hl, reply, title }) => {
  const suite = mailPageSuite(
    { gmail: 'gmail/thread.html' },
    `https://mail.google.com/mail/u/0/?hl=${hl}#inbox/acme`,
  );

  it("shows the thread in that language, as the fixture's README promises", async () => {
    const { page } = suite;
    expect(await withFixture(page, (fixture) => fixture.selfCheck())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(hl);
    // The message's Reply buttons (header icon and the one under the message) speak the language.
    await page.getByRole('button', { name: reply, exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Reply', exact: true }).count()).toBe(0);
    expect(await page.locator('[role=main] span.g3[title]').first().getAttribute('title')).toBe(
      title,
    );
  });
});
