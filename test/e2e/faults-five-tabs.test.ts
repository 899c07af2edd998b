import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Interview } from '../../src/core/interview';
import { launchExtension, type ExtensionSession } from './harness';
import { contentScriptWorld } from './fault-tools';
import { DAY, interviewInput } from './interviews';

/**
 * Five tabs save at the same moment: the popup, the options page and a second popup (extension
 * pages), and two Gmail tabs (content scripts, the other kind of sender). Each sends ten changes to
 * the same interview and creates two interviews, all at one agreed instant. Storage has no
 * transactions, so only the background's single write queue keeps these from overwriting each
 * other: every one of the 60 changes must be stored.
 */

const TABS = 5;
const CHANGES_PER_TAB = 10;
const CREATES_PER_TAB = 2;

/** The same script for every tab: wait for the instant, send everything at once, report. */
function burst(id: string, tab: number, at: number, base: number): string {
  const input = interviewInput({ start: base + DAY });
  return `(async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ${at} - Date.now())));
    const send = (name, payload) => chrome.runtime.sendMessage({ name, payload });
    const sends = [];
    for (let i = 0; i < ${CHANGES_PER_TAB}; i++) {
      sends.push(send('interviews/reply', { id: ${JSON.stringify(id)}, at: ${base} + ${tab * 100} + i }));
    }
    for (let i = 0; i < ${CREATES_PER_TAB}; i++) {
      const input = ${JSON.stringify(input)};
      sends.push(send('interviews/create', { input: { ...input, company: 'Tab ${tab} #' + i } }));
    }
    const replies = await Promise.all(sends);
    return replies.map((reply) => (reply && reply.ok ? 'ok' : JSON.stringify(reply)));
  })()`;
}

describe('five tabs saving at the same moment', () => {
  let ext: ExtensionSession;
  let id = '';
  const base = Date.now() - 2 * DAY;
  let results: string[][] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.routeFixtures({ gmail: 'gmail/thread.html' });
    const view = await ext.call('interviews/create', {
      input: interviewInput({ start: base - DAY }),
    });
    id = view.interview.id;
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('answers every change from extension pages and content scripts', async () => {
    const runners: ((script: string) => Promise<unknown>)[] = [];
    for (const path of ['src/popup/index.html', 'src/options/index.html', 'src/popup/index.html']) {
      const page = await ext.context.newPage();
      await page.goto(ext.url(path));
      runners.push((script) => page.evaluate(script));
    }
    for (let i = 0; i < 2; i++) {
      const page = await ext.context.newPage();
      await page.goto('https://mail.google.com/mail/u/0/#inbox/acme');
      runners.push(await contentScriptWorld(page, ext.extensionId));
    }
    expect(runners).toHaveLength(TABS);
    const at = Date.now() + 1_000;
    results = (await Promise.all(
      runners.map((run, tab) => run(burst(id, tab, at, base))),
    )) as string[][];
    expect(results.flat()).toEqual(
      Array.from({ length: TABS * (CHANGES_PER_TAB + CREATES_PER_TAB) }, () => 'ok'),
    );
  });

  it('stores all 50 changes to the shared interview and all 10 new interviews', async () => {
    const record = (await ext.storage(`interview:${id}`))[`interview:${id}`] as Interview;
    const replies = record.events.flatMap((event) => (event.type === 'reply' ? [event.at] : []));
    const expected = Array.from({ length: TABS }, (_, tab) =>
      Array.from({ length: CHANGES_PER_TAB }, (_, i) => base + tab * 100 + i),
    ).flat();
    expect([...replies].sort((a, b) => a - b)).toEqual(expected);
    const companies = (await ext.call('interviews/list', {})).map((view) => view.interview.company);
    expect(companies).toHaveLength(1 + TABS * CREATES_PER_TAB);
    for (let tab = 0; tab < TABS; tab++) {
      for (let i = 0; i < CREATES_PER_TAB; i++) expect(companies).toContain(`Tab ${tab} #${i}`);
    }
    expect(await ext.call('storage/problems', {})).toEqual([]);
  });
});
