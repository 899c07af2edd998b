import browser, { type Manifest, type Tabs } from 'webextension-polyfill';

/** Set in storage.session once this instance of the extension has run its content scripts. */
export const INJECTED_KEY = 'contentScriptsRunInOpenTabs';

/** The slice of the browser this uses; the real one in the extension. */
export interface InjectSurface {
  runtime: { getManifest(): Pick<Manifest.WebExtensionManifest, 'content_scripts'> };
  storage: {
    session: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  tabs: { query(info: { url: string[] }): Promise<Pick<Tabs.Tab, 'id' | 'discarded'>[]> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; allFrames?: boolean };
      files: string[];
    }): Promise<unknown>;
  };
}

/**
 * Browsers run content scripts only in pages loaded after the extension: after an install, an
 * update, a reload, or turning it off and on, every mail tab already open would get no panel until
 * the user reloads it, and Chrome leaves the old script there with its extension gone (see
 * content/handover.ts, which also keeps a second copy from starting where one runs). So the first
 * start of each extension instance runs the manifest's content scripts in every open tab they
 * match. That first start is known by storage.session being empty: both browsers clear it when
 * the extension is installed, updated, reloaded or turned off and at browser start, and keep it
 * while the worker sleeps and wakes. The worker starts at each of those moments (Chromium 156,
 * test/e2e/extension-update.test.ts), and tabs.query by URL needs only the host permissions.
 */
export async function runContentScriptsInOpenTabs(
  api: InjectSurface = browser as unknown as InjectSurface,
): Promise<void> {
  if ((await api.storage.session.get(INJECTED_KEY))[INJECTED_KEY] === true) return;
  await api.storage.session.set({ [INJECTED_KEY]: true });
  // The built file names come from the manifest: the build renames the sources.
  const entries = api.runtime.getManifest().content_scripts ?? [];
  await Promise.all(
    entries.map(async (entry) => {
      if (!entry.js?.length || !entry.matches?.length) return;
      const tabs = await api.tabs.query({ url: entry.matches });
      await Promise.all(
        tabs
          // A discarded tab runs no script; the manifest's run when it is loaded again.
          .filter((tab) => tab.id !== undefined && !tab.discarded)
          .map((tab) =>
            api.scripting
              .executeScript({
                target: { tabId: tab.id as number, allFrames: entry.all_frames === true },
                files: entry.js as string[],
              })
              // A tab showing an error page, or a site the user withheld: the others go on.
              .catch((error: unknown) =>
                console.warn(`Content script not run in tab ${tab.id}`, error),
              ),
          ),
      );
    }),
  );
}
