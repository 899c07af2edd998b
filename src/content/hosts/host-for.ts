import type { MailHost } from './mail-host';
import { gmail } from './gmail';
import { outlook } from './outlook';

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

/** The adapter for a mail site, by hostname (never by page content: that is the site's to change). */
export function hostFor(hostname: string): MailHost | null {
  if (hostname === 'mail.google.com') return gmail;
  if (OUTLOOK_HOSTS.has(hostname)) return outlook;
  return null;
}
