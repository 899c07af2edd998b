/**
 * The mail sites the bench measures, as data: where each busy fixture is served, how its compose
 * opens and closes through the page's `window.__fixture`, and which element is the compose body.
 * Both fixtures take `openCompose(kind, { to: [{ name, email }] })` and `closeCompose(id)` (see
 * test/fixtures/gmail/ and test/fixtures/outlook/README.md); only the kind differs.
 */
import { GMAIL_CSP } from '../fixture-route.mjs';
import { hostsOf } from '../registry.mjs';

export const SITES = {
  gmail: {
    name: 'Gmail',
    hosts: hostsOf('gmail'),
    url: 'https://mail.google.com/mail/u/0/?busy=1#inbox',
    /** Relative to test/fixtures. */
    page: 'gmail/busy.html',
    headers: { 'content-security-policy': GMAIL_CSP },
    composeKind: 'floating',
    body: '[g_editable="true"]',
  },
  outlook: {
    name: 'Outlook',
    hosts: hostsOf('outlook'),
    url: 'https://outlook.live.com/mail/0/inbox',
    page: 'outlook/busy.html',
    headers: {},
    // New mail in the reading pane, under a real roosterjs editor.
    composeKind: 'new',
    body: '[role=textbox][contenteditable="true"][aria-multiline="true"]',
    insertionNote:
      'roosterjs takes the insertion as a paste and lands it one task later: that task counts, ' +
      'as it does for the user.',
  },
};

/** Every host a fixture answers for: the browser refuses every other request. */
export const FIXTURE_HOSTS = new Set(Object.values(SITES).flatMap((site) => site.hosts));
