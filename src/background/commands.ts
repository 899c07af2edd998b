import browser, { type Tabs } from 'webextension-polyfill';
import type { TabProtocol } from '../messaging/tab-protocol';
import { t, type MessageKey } from '../ui/i18n';
import { askTab } from './tabs';

/**
 * The keyboard commands of the manifest. `_execute_action` (open the dashboard) is the browser's
 * own; this handles the other one: it asks the content script of the tab the user is in to insert
 * the due template into its focused compose. tabs.sendMessage needs no "tabs" permission, and only
 * the mail tabs have a content script to answer.
 */
export const INSERT_DUE_COMMAND = 'insert-due-template';
export const COMMAND_NOTIFICATION_ID = 'command:insert-due';

type InsertDue = TabProtocol['compose/insert-due']['res'];
type Outcome = InsertDue['problem'] | 'notMail';

const PROBLEM_MESSAGES: Record<NonNullable<Outcome>, MessageKey> = {
  notMail: 'commandNotMail',
  noCompose: 'commandNoCompose',
  noBody: 'commandNoBody',
  noTemplate: 'commandNoTemplate',
};

async function activeTabId(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

async function askTabToInsert(tabId: number): Promise<Outcome> {
  // The top frame only: a subframe of ours (Outlook runs in about:blank frames too) has no compose.
  const reply = await askTab(tabId, 'compose/insert-due', {}, { frameId: 0 });
  if (!reply) return 'notMail';
  if (!reply.ok) return 'noBody';
  return reply.value.inserted ? undefined : (reply.value.problem ?? 'noCompose');
}

/** A shortcut that silently does nothing looks broken: say why nothing was inserted. */
async function explain(outcome: NonNullable<Outcome>): Promise<void> {
  await browser.notifications.create(COMMAND_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: t('commandTitle'),
    message: t(PROBLEM_MESSAGES[outcome]),
  });
}

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== INSERT_DUE_COMMAND) return;
  const tabId = await activeTabId(tab);
  const outcome = tabId === undefined ? 'notMail' : await askTabToInsert(tabId);
  if (outcome) await explain(outcome);
  else await browser.notifications.clear(COMMAND_NOTIFICATION_ID);
}
