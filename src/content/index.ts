import { hostFor } from './hosts/host-for';
import { start } from './start';

// Tiny on purpose: a page that is no mail site costs one hostname check.
const host = hostFor(location.hostname);
if (host) {
  start(host, document).catch((error: unknown) =>
    console.error('Interview follow-up could not start on this page', error),
  );
}
