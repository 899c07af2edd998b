import browser from 'webextension-polyfill';
import { handleMessages } from '../messaging/handle';
import { SETTINGS_KEY } from '../storage/keys';
import { isInterviewAlarm, reconcile } from './alarms';
import { onCommand } from './commands';
import { handlers } from './handlers';
import { runContentScriptsInOpenTabs } from './inject-open-tabs';
import { onNotificationButtonClicked, onNotificationClicked } from './notification-clicks';

/**
 * The background's entry (Chrome's service worker, Firefox's event page): it only wires listeners,
 * synchronously at the top level, because MV3 delivers the event that woke it only to listeners
 * registered in the first turn, and Firefox starts it at browser start only for onStartup's.
 * Nothing here wipes storage: an unpacked extension is "installed" again at every browser start.
 */

function reconcileLogged(reason: string): void {
  reconcile().catch((error: unknown) => console.error(`Reconcile on ${reason} failed`, error));
}

// A browser restart with an unpacked extension fires onInstalled (reason "install"), not
// onStartup, and its alarms are gone; Firefox fires onStartup and has dropped every alarm. Both
// rebuild alarms from storage.
browser.runtime.onInstalled.addListener(() => reconcileLogged('install'));
browser.runtime.onStartup.addListener(() => reconcileLogged('startup'));

browser.alarms.onAlarm.addListener((alarm) => {
  if (isInterviewAlarm(alarm.name)) reconcileLogged('alarm');
});

browser.notifications.onClicked.addListener((id) => {
  onNotificationClicked(id).catch((error: unknown) => console.error('Notification click', error));
});
browser.notifications.onButtonClicked.addListener((id, index) => {
  onNotificationButtonClicked(id, index).catch((error: unknown) =>
    console.error('Notification button', error),
  );
});

// Settings written from another device (sync) change every plan.
browser.storage.onChanged.addListener((changes) => {
  if (SETTINGS_KEY in changes) reconcileLogged('settings change');
});

browser.commands.onCommand.addListener((command, tab) => {
  onCommand(command, tab).catch((error: unknown) => console.error('Command failed', error));
});

handleMessages(handlers);

// Mail tabs opened before this instance of the extension (an update, a reload, turned off and
// on, a browser start) get its content script now; later starts of the worker skip this.
runContentScriptsInOpenTabs().catch((error: unknown) =>
  console.error('Running the content script in open mail tabs failed', error),
);
