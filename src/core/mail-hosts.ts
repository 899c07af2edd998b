/**
 * The webmail sites the extension works on (the manifest's content-script matches). A thread URL
 * is only ever opened if it is on one of them, whatever storage or an import says.
 */
export const MAIL_HOSTS: readonly string[] = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
];

export function isMailUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && MAIL_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}
