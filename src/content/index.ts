import { claimPage, takeOver } from './handover';
import { hostFor } from './hosts/sites';
import { start } from './start';

// Tiny on purpose: a page that is no mail site costs one hostname check.
// An about:blank pop-out (Outlook opens composes that way) has no hostname of its own but
// inherits its opener's origin.
const host = hostFor(location.hostname || new URL(self.origin).hostname);
if (host && claimPage()) {
  takeOver(document);
  start(host, document).catch((error: unknown) =>
    console.error('Interview follow-up could not start on this page', error),
  );
}
