import { describe, expect, it, vi } from 'vitest';
import { INJECTED_KEY, runContentScriptsInOpenTabs, type InjectSurface } from './inject-open-tabs';

const GMAIL = ['https://mail.google.com/*'];
const OUTLOOK = ['https://outlook.live.com/*', 'https://outlook.office.com/*'];

/** A browser with these tabs per match list, storage.session, and a recorded executeScript. */
function browserWith(tabs: Map<string, { id?: number; discarded?: boolean }[]>) {
  const session: Record<string, unknown> = {};
  const executeScript = vi.fn(
    async (injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }) => {
      if (injection.target.tabId === 13) throw new Error('Frame with ID 0 is showing error page');
      return [];
    },
  );
  const api: InjectSurface = {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: GMAIL, js: ['src/content/index.js'] },
          { matches: OUTLOOK, js: ['src/content/index.js'], all_frames: true },
        ],
      }),
    },
    storage: {
      session: {
        get: async (key) => (key in session ? { [key]: session[key] } : {}),
        set: async (items) => void Object.assign(session, items),
      },
    },
    tabs: { query: async ({ url }) => tabs.get(url.join(' ')) ?? [] },
    scripting: { executeScript },
  };
  return { api, executeScript, session };
}

describe('running the content script in open mail tabs', () => {
  it('runs each manifest entry’s built files in its open, loaded tabs, once per instance', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { api, executeScript, session } = browserWith(
      new Map([
        [GMAIL.join(' '), [{ id: 1 }, { id: 2, discarded: true }, { id: 13 }]],
        [OUTLOOK.join(' '), [{ id: 3 }, {}]],
      ]),
    );
    await runContentScriptsInOpenTabs(api);
    expect(executeScript.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: 1, allFrames: false }, files: ['src/content/index.js'] },
      { target: { tabId: 13, allFrames: false }, files: ['src/content/index.js'] },
      { target: { tabId: 3, allFrames: true }, files: ['src/content/index.js'] },
    ]);
    // The tab showing an error page was passed over, the others done.
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(session[INJECTED_KEY]).toBe(true);

    // The worker wakes again in the same instance: nothing to run.
    await runContentScriptsInOpenTabs(api);
    expect(executeScript).toHaveBeenCalledTimes(3);
  });
});
