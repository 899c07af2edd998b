import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Tabs } from 'webextension-polyfill';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import { COMMAND_NOTIFICATION_ID, INSERT_DUE_COMMAND, onCommand } from './commands';

const tab = { id: 7 } as Tabs.Tab;

/** What tabs.sendMessage answers for the content script of tab 7, and what was sent. */
function contentScript(answer: () => Promise<unknown>) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
}

async function shownMessage(): Promise<string | undefined> {
  const all = await fakeBrowser.notifications.getAllCreateOptions();
  return all[COMMAND_NOTIFICATION_ID]?.message;
}

describe('the insert-due keyboard command', () => {
  beforeEach(() => installCatalogue());
  afterEach(() => vi.restoreAllMocks());

  it('asks the top frame of the current tab to insert the due template', async () => {
    const sent = contentScript(async () => ({ ok: true, value: { inserted: true } }));
    await onCommand(INSERT_DUE_COMMAND, tab);
    // Only the top frame: Outlook's about:blank subframes (ads) run our script too, and the first
    // frame to answer "no compose" would hide the top frame's insertion. Pop-outs are windows.
    expect(sent).toHaveBeenCalledWith(
      7,
      { name: 'compose/insert-due', payload: {} },
      { frameId: 0 },
    );
    expect(await shownMessage()).toBeUndefined();
  });

  it.each([
    ['noCompose', 'No compose window is open'],
    ['noTemplate', 'There is no template'],
    ['noBody', 'Could not find the message body'],
  ])('explains a %s answer in a notification', async (problem, text) => {
    contentScript(async () => ({ ok: true, value: { inserted: false, problem } }));
    await onCommand(INSERT_DUE_COMMAND, tab);
    expect(await shownMessage()).toContain(text);
  });

  it('says to open a mail compose when the tab has no content script', async () => {
    contentScript(() => Promise.reject(new Error('Receiving end does not exist.')));
    await onCommand(INSERT_DUE_COMMAND, tab);
    expect(await shownMessage()).toContain('Open a Gmail or Outlook compose window');
  });

  it('ignores other commands', async () => {
    const sent = contentScript(async () => ({ ok: true, value: { inserted: true } }));
    await onCommand('something-else', tab);
    expect(sent).not.toHaveBeenCalled();
  });

  it('is wired by the service worker at load', async () => {
    vi.resetModules();
    await import('./index');
    const sent = contentScript(async () => ({ ok: true, value: { inserted: true } }));
    const { fakeCommands } = await import('../../test/unit/fake-commands');
    await fakeCommands().trigger(INSERT_DUE_COMMAND, tab);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledOnce());
  });
});
