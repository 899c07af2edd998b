import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { InterviewInput } from '../../src/core/interview';
import type { Provider } from '../../src/core/sites';
import { withFixture, type ArrivingMail } from './gmail-fixture-api';
import type { ExtensionSession } from './harness';
import { DAY } from './interviews';
import { mailPageSuite, type MailSuite } from './mail-page';
import { withOutlook } from './outlook-fixture-api';

/**
 * Replies seen in the inbox list, without opening the thread: an unread row of a tracked thread,
 * newer than what its interview knows, records a reply; the dashboard asks what changed. Controls
 * on the same page: a read row with a new message, and an unread row older than the interview.
 */
const tracked = (
  provider: Provider,
  company: string,
  threadId: string,
  start: number,
): InterviewInput => ({
  company,
  role: 'Engineer',
  interviewer: { name: 'Dana Whitaker', email: 'dana.whitaker@acme.com' },
  start,
  thread: {
    provider,
    threadId,
    url:
      provider === 'gmail'
        ? 'https://mail.google.com/mail/u/0/#inbox'
        : 'https://outlook.live.com/mail/0/inbox',
    subject: company,
  },
});

const replies = async (ext: ExtensionSession, id: string) =>
  ((await ext.call('interviews/get', { id }))?.interview.events ?? []).filter(
    (event) => event.type === 'reply',
  );

/** Both fixtures' deliverMessage: Dana writes to `alias` (`read`: read elsewhere already). */
const deliver = (page: Page, alias: string, read: boolean) =>
  page.evaluate(
    ([which, isRead]) =>
      (window as unknown as { __fixture: ArrivingMail }).__fixture.deliverMessage(
        which,
        'Dana Whitaker',
        'dana.whitaker@acme.com',
        'Good news',
        {
          read: isRead,
        },
      ),
    [alias, read] as const,
  );

/** Tracks three threads, reloads the list (as the user opening the inbox), then mail arrives. */
async function arrive(
  suite: MailSuite,
  provider: Provider,
  ids: Record<'acme' | 'globex' | 'personal', string>,
) {
  const create = (company: string, threadId: string, start: number) =>
    suite.ext.call('interviews/create', { input: tracked(provider, company, threadId, start) });
  const acme = await create('Acme', ids.acme, Date.now() - 3 * DAY);
  // Tracked since January with a reply answered yesterday: its row is unread, and its last
  // message (February 2026) older than that reply.
  const created = await create('Globex', ids.globex, Date.parse('2026-01-12T15:00:00Z'));
  const globex = await suite.ext.call('interviews/restore', {
    interview: {
      ...created.interview,
      createdAt: Date.parse('2026-01-05T09:00:00Z'),
      events: [
        { type: 'reply', at: Date.now() - DAY },
        { type: 'status', status: 'awaiting', at: Date.now() - DAY + 60_000 },
      ],
    },
  });
  const initech = await create('Initech', ids.personal, Date.now() - 3 * DAY);
  await suite.page.reload();
  await suite.page.waitForFunction(() => document.querySelector('[data-convid], tr.zA'));
  await deliver(suite.page, 'personal', true);
  await deliver(suite.page, 'acme', false);
  return { acme: acme.interview.id, globex: globex.interview.id, initech: initech.interview.id };
}

async function expectOnlyAcme(suite: MailSuite, ids: Record<string, string>) {
  await expect.poll(() => replies(suite.ext, ids.acme ?? ''), { timeout: 10_000 }).toHaveLength(1);
  // The controls were sent in the same passes, before or with Acme's row.
  expect(await replies(suite.ext, ids.globex ?? '')).toEqual([
    { type: 'reply', at: expect.any(Number) as number },
  ]);
  expect(await replies(suite.ext, ids.initech ?? '')).toEqual([]);
  const [reply] = await replies(suite.ext, ids.acme ?? '');
  expect(Math.abs((reply?.at ?? 0) - Date.now())).toBeLessThan(5 * 60_000);
}

describe('Gmail: a reply seen in the inbox list', () => {
  const suite = mailPageSuite(
    { gmail: 'gmail/demo.html' },
    'https://mail.google.com/mail/u/0/#inbox',
  );
  let ids: Record<string, string> = {};

  it('records it for the unread newer row only, once, and the thread view does not again', async () => {
    const threads = await withFixture(suite.page, (fixture) => fixture.threads());
    const idOf = (alias: string) =>
      threads.find((thread) => thread.alias === alias)?.threadId ?? '';
    ids = await arrive(suite, 'gmail', {
      acme: idOf('acme'),
      globex: idOf('globex'),
      personal: idOf('personal'),
    });
    await expectOnlyAcme(suite, ids);
    // Opened, the thread shows the same message: the bar asks, and records nothing more.
    await withFixture(suite.page, (fixture) => fixture.navigate('acme'));
    await suite.page
      .getByRole('group', { name: /The employer replied/ })
      .waitFor({ timeout: 10_000 });
    await suite.page.waitForTimeout(1_000);
    expect(await replies(suite.ext, ids.acme ?? '')).toHaveLength(1);
  });

  it('the dashboard says so on the card and asks what changed before changing anything', async () => {
    const popup = await suite.ext.openPopup();
    const acme = popup.getByRole('button', { name: /^Acme\b/ });
    await expect.poll(() => acme.textContent()).toContain('Possible reply');
    expect(await popup.getByRole('button', { name: /^Globex\b/ }).textContent()).not.toContain(
      'Possible reply',
    );
    await acme.click();
    const details = popup.getByRole('region', { name: 'Acme: details' });
    const question = details.getByRole('group', { name: /What changed\?/ });
    await question.waitFor();
    const view = await suite.ext.call('interviews/get', { id: ids.acme ?? '' });
    expect(view?.interview.status).toBe('awaiting');
    await question.getByRole('button', { name: 'Offer' }).click();
    await expect
      .poll(
        async () =>
          (await suite.ext.call('interviews/get', { id: ids.acme ?? '' }))?.interview.status,
      )
      .toBe('offer');
    await popup.close();
  });
});

describe('Outlook: a reply seen in the message list', () => {
  const suite = mailPageSuite(
    { outlook: 'outlook/demo.html' },
    'https://outlook.live.com/mail/0/inbox',
  );

  it('records it for the unread newer row only', async () => {
    const conversations = await withOutlook(suite.page, (fixture) => fixture.conversations());
    const idOf = (alias: string) => conversations.find((c) => c.alias === alias)?.convid ?? '';
    const ids = await arrive(suite, 'outlook', {
      acme: idOf('acme'),
      globex: idOf('globex'),
      personal: idOf('personal'),
    });
    await expectOnlyAcme(suite, ids);
  });
});
