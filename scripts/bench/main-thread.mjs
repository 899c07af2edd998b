/**
 * The busy page's main thread in two steady states, traced one after the other on a fresh page:
 * the same scenes run with and without the extension, so the two browsers can be compared.
 */
import { URL } from 'node:url';
import { openBusyPage } from './compose.mjs';
import { composeOpen, threadOpen } from './scenes.mjs';
import { SITES } from './sites.mjs';
import { analyzeTrace, recordTrace } from './trace.mjs';

const TRACE_MS = 5_000;
/** The scenes are Gmail's (its floating compose, its thread view). */
const SITE = SITES.gmail;
const PAGE_ORIGIN = `${new URL(SITE.url).origin}/`;

export const SCENES = [
  {
    name: 'inbox',
    label: 'inbox with a compose and its panel open',
    enter: (page, extension) => composeOpen(page, { panel: extension }),
  },
  {
    name: 'thread open',
    label: 'then a thread opened behind the compose',
    enter: (page, extension) => threadOpen(page, { bar: extension }),
  },
];

/** Traces every scene in turn; `session.extensionId` is '' for the browser without it. */
export async function traceScenes(session) {
  const extension = session.extensionId !== '';
  const page = await openBusyPage(session.context, SITE);
  const results = [];
  try {
    for (const scene of SCENES) {
      await scene.enter(page, extension);
      const events = await recordTrace(session, TRACE_MS);
      results.push({
        scene,
        seconds: TRACE_MS / 1000,
        trace: analyzeTrace(events, { pageOrigin: PAGE_ORIGIN, extensionId: session.extensionId }),
      });
    }
  } finally {
    await page.close();
  }
  return results;
}
