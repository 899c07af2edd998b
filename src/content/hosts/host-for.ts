import type { MailHost } from './mail-host';
import { gmail } from './gmail';

/** The adapter for a mail site, by hostname (never by page content: that is the site's to change). */
export function hostFor(hostname: string): MailHost | null {
  if (hostname === 'mail.google.com') return gmail;
  return null;
}
