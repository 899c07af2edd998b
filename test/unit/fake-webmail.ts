/*
 * A third webmail in miniature, for the tests that prove adding one takes one registry entry and
 * one adapter file (test/unit/fake-webmail.test.ts, site-manifest.test.ts). Its pages hold
 * composes as `<div class="fm-compose">` with a To field, an editable body and a Send button.
 */
import type { Provider, Site } from '../../src/core/sites';
import type { ComposeWindow, MailHost } from '../../src/content/hosts/mail-host';

/** The registry entry, as it would be added to SITES in src/core/sites.ts. */
export const FAKE_SITE: Site<'fakemail'> = {
  provider: 'fakemail',
  name: 'Fake Mail',
  hosts: ['mail.fake.test', 'webmail.fake.test'],
  allFrames: false,
};

/** The event this site's editor saves a draft on, as Gmail saves on key events. */
export const FAKE_SAVE_EVENT = 'fm-save';

const COMPOSE = '.fm-compose';

function fakeCompose(root: HTMLElement): ComposeWindow {
  const body = () => root.querySelector<HTMLElement>('.fm-body');
  return {
    root,
    body,
    visibleSubject: () => null,
    recipients: () =>
      (root.querySelector<HTMLInputElement>('.fm-to')?.value ?? '')
        .split(',')
        .map((address) => address.trim())
        .filter((address) => address.includes('@')),
    threadId: () => null,
    isSendButton: (target) => !!target.closest('.fm-send'),
    sendButton: () => root.querySelector<HTMLElement>('.fm-send'),
    from: () => null,
    quote: () => null,
    signature: () => null,
    dock: () => body() ?? root,
    afterInsert: (inserted) =>
      inserted.dispatchEvent(new Event(FAKE_SAVE_EVENT, { bubbles: true })),
  };
}

/** The adapter, as it would be src/content/hosts/fakemail.ts. */
export const fakeMail: MailHost = {
  // Adding the entry to SITES would make 'fakemail' a Provider; a test cannot widen that const.
  provider: FAKE_SITE.provider as string as Provider,
  mayContainCompose: (node) => node.matches(COMPOSE) || node.querySelector(COMPOSE) !== null,
  mayChangeThread: () => false,
  // A webmail without a message list the extension reads: no rows, never a list change.
  mayChangeList: () => false,
  listRows: () => [],
  findComposes: (scope) => [
    ...(scope instanceof HTMLElement && scope.matches(COMPOSE) ? [scope] : []),
    ...scope.querySelectorAll<HTMLElement>(COMPOSE),
  ],
  compose: fakeCompose,
  thread: () => null,
  unreadableThread: () => null,
  userEmail: () => null,
  userName: () => null,
  diagnose: (doc) => ({ site: 'fakemail', composes: doc.querySelectorAll(COMPOSE).length }),
};
