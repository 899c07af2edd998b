/**
 * Consumer mail domains: a sender there says nothing about the employer, so the company is never
 * guessed from them.
 */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'fastmail.com',
  'hey.com',
]);

/** Mail sent through applicant-tracking systems comes from their domain, not the employer's. */
const RECRUITING_PLATFORMS =
  /(^|\.)(greenhouse\.io|lever\.co|workday\.com|myworkday\.com|smartrecruiters\.com|ashbyhq\.com|icims\.com|jobvite\.com|linkedin\.com|indeed\.com)$/;

export function isFreeMailDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  return (
    FREE_MAIL.has(lower) ||
    RECRUITING_PLATFORMS.test(lower) ||
    /^(hotmail|yahoo|outlook)\./.test(lower)
  );
}
