import { NO_NAMES, nameKind, type KnownNames } from './name-kind';

/**
 * Who sent a message: a person, or a machine speaking for the employer (an applicant-tracking
 * system, a scheduler, a calendar, any no-reply address). Machines never become the interviewer,
 * and their domains never name the company.
 */
const PLATFORM_DOMAIN =
  /(?:^|\.)(?:greenhouse\.io|greenhouse-mail\.io|lever\.co|myworkday\.com|myworkdayjobs\.com|workday\.com|calendly\.com|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor\.com|teamtailor-mail\.com|personio\.(?:de|com)|recruitee\.com|jobvite\.com|workable\.com|workablemail\.com|linkedin\.com|indeed\.com|indeedemail\.com)$/i;

/** "no-reply", "noreply", "do-not-reply", "notifications", "calendar-notification" (Google Calendar). */
const AUTOMATED_LOCAL_PART =
  /(?:^|[._-])(?:no[._-]?reply|do[._-]?not[._-]?reply|notifications?|calendar-notification|mailer-daemon)(?:$|[+._-])/i;

const domainOf = (email: string) => email.split('@')[1]?.toLowerCase() ?? '';

/** A platform's or Google Calendar's address: its domain is not the employer's. */
export function isPlatformSender(email: string): boolean {
  return (
    PLATFORM_DOMAIN.test(domainOf(email)) || /^calendar-notification@google\.com$/i.test(email)
  );
}

export function isAutomatedSender(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  return AUTOMATED_LOCAL_PART.test(local) || isPlatformSender(email);
}

/** Gmail ignores dots and "+tags" and answers at googlemail.com too: one mailbox, many spellings. */
function canonical(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split('@');
  if (domain !== 'gmail.com' && domain !== 'googlemail.com') return `${local}@${domain}`;
  return `${local.replace(/\+.*$/, '').replace(/\./g, '')}@gmail.com`;
}

export const sameAddress = (a: string, b: string | null) => !!b && canonical(a) === canonical(b);

export const sameDomain = (a: string, b: string | null) =>
  !!b && domainOf(a) !== '' && domainOf(a) === domainOf(b);

/** Tracking systems whose "X via <System>" names the employer (not LinkedIn: there X is a person). */
const VIA_SYSTEM =
  /^(.+?)\s+(?:via|über|vía|par|por)\s+(?:greenhouse|lever|workday|smartrecruiters|icims|ashby|teamtailor|personio|recruitee|jobvite|workable)\b/i;
const TEAM_AT =
  /^(?:the\s+)?(?:talent acquisition|recruiting|recruitment|careers|hiring|people|hr)(?:\s+team)?\s+(?:at|@|bei|chez|en|na)\s+(.+)$/i;
const COMPANY_TEAM =
  /^(.+?)\s+(?:recruiting|recruitment|talent acquisition|talent|careers|jobs|hiring|people|hr|karriere|recrutement|recrutamento)(?:\s+team)?$/i;
const TEAM_OF =
  /^(?:equipo de (?:selección|reclutamiento|talento)|recrutement|équipe recrutement|recrutamento|equipe de recrutamento|recruiting[- ]team)\s+(?:de\s+|da\s+|do\s+|bei\s+|chez\s+)?(.+)$/i;

/**
 * The employer a machine sender's display name speaks for: "Acme Robotics via Greenhouse",
 * "Acme Recruiting Team", "Talent Acquisition at Acme". Nothing for a bare name, which could as
 * well be a person's, nor for the X of "X via Greenhouse" unless it is a company's name or one the
 * thread gives the employer (a recruiter's name is never the company).
 */
export function companyFromSenderName(name: string, known: KnownNames = NO_NAMES): string {
  const clean = unquoted(name);
  const via = VIA_SYSTEM.exec(clean)?.[1]?.trim();
  if (via) return !isPlatformName(via) && nameKind(via, known) === 'company' ? via : '';
  for (const pattern of [TEAM_AT, TEAM_OF, COMPANY_TEAM]) {
    const found = pattern.exec(clean)?.[1]?.trim();
    if (found && !isPlatformName(found)) return found;
  }
  return '';
}

/**
 * The recruiter a tracking system writes for: the X of "X via Greenhouse" when a person of the
 * thread carries that name (a sender, or the name a signature shows).
 */
export function personBehindPlatform(name: string, known: KnownNames): string {
  const via = VIA_SYSTEM.exec(unquoted(name))?.[1]?.trim() ?? '';
  return via && nameKind(via, known) === 'person' ? via : '';
}

const unquoted = (name: string) => name.replace(/^["']|["']$/g, '').trim();

const isPlatformName = (name: string) =>
  /^(?:greenhouse|lever|workday|calendly|smartrecruiters|icims|ashby|teamtailor|personio|recruitee|jobvite|workable|linkedin|indeed|google calendar)$/i.test(
    name,
  );
