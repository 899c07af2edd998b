import browser from 'webextension-polyfill';

/**
 * Small view preferences (a collapsed panel). Not interview data, so a content script may keep
 * them itself; a bad value reads as the default.
 */
const KEY = 'ui:panelCollapsed';

export async function isPanelCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(KEY);
  return stored[KEY] === true;
}

export async function setPanelCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: collapsed });
}
