import { isFreeMailDomain } from './free-mail';
import { looksLikeRole } from './role-words';
import { isPlatformSender } from './senders';
import type { ThreadMessage } from './thread-facts';

const COMPANY_SUFFIX =
  /\b(inc|llc|ltd|ltda|gmbh|ag|se|corp|corporation|co|plc|sa|s\.a|sas|sarl|sl|srl|bv|nv|company|group)\b\.?$/i;

/** Not a company: phone numbers, addresses, links, sign-offs. */
const NOT_A_COMPANY =
  /@|https?:|www\.|^\+?[\d\s().-]+$|^(?:best|thanks|thank you|regards|cheers|saludos|gracias|atentamente|grüße|viele grüße|mit freundlichen grüßen|cordialement|bien à vous|atenciosamente|abraços|obrigad[oa])\b/i;

const plausible = (line: string) => line.length <= 60 && !NOT_A_COMPANY.test(line);

/**
 * The company from a signature: "Dana Whitaker | Senior Recruiter | Acme Corp", or the line after
 * the sender's name and title ("Dana Whitaker / Talent Partner / Acme Robotics"), or a line with a
 * company suffix. Only the last lines of the message are looked at.
 */
export function companyFromSignature(message: ThreadMessage): string {
  const lines = message.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-8);
  return (
    fromPipedLine(lines, message.senderName) ||
    fromLineAfterTitle(lines, message.senderName) ||
    (lines.find((line) => COMPANY_SUFFIX.test(line) && plausible(line)) ?? '')
  );
}

function fromPipedLine(lines: string[], senderName: string): string {
  for (const line of lines) {
    const parts = line.split(/\s*[|•·]\s*/).filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && sameName(parts[0] ?? '', senderName) && plausible(last)) return last;
  }
  return '';
}

function fromLineAfterTitle(lines: string[], senderName: string): string {
  const at = lines.findIndex((line) => sameName(line, senderName));
  const title = lines[at + 1];
  const next = lines[at + 2];
  if (at < 0 || !title || !next || !looksLikeTitle(title)) return '';
  return plausible(next) && !looksLikeRole(next) ? next : '';
}

const looksLikeTitle = (line: string) =>
  looksLikeRole(line) ||
  /recruit|reclut|recrut|talent|hiring|people|hr\b|rrhh|personal|selección/i.test(line);

const sameName = (a: string, b: string) =>
  !!b && a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/** "acme.com" → "Acme", "mail.acme-robotics.co.uk" → "Acme Robotics"; nothing for free mail. */
export function companyFromDomain(email: string): string {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  if (!domain || isFreeMailDomain(domain) || isPlatformSender(email)) return '';
  const labels = domain.split('.');
  const secondLevel = /^(co|com|org|net|ac|gov|gob|edu)$/.test(labels[labels.length - 2] ?? '');
  const name = labels[labels.length - (secondLevel ? 3 : 2)] ?? '';
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}
