import { isFreeMailDomain } from './free-mail';
import { hasCompanySuffix, looksLikePersonName } from './name-kind';
import { looksLikeRole } from './role-words';
import { isPlatformSender } from './senders';
import type { ThreadMessage } from './thread-facts';

/** A closing line before the signature: "Best,", "Saludos,", "Mit freundlichen Grüßen". */
const SIGN_OFF =
  /^(?:best|thanks|thank you|regards|cheers|saludos|gracias|atentamente|grüße|viele grüße|mit freundlichen grüßen|cordialement|bien à vous|atenciosamente|abraços|obrigad[oa])\b/i;

/** Not a company: phone numbers, addresses, links, sign-offs. */
const NOT_A_COMPANY = /@|https?:|www\.|^\+?[\d\s().-]+$/i;

const plausible = (line: string) =>
  line.length <= 60 && !NOT_A_COMPANY.test(line) && !SIGN_OFF.test(line);

/** The last lines of a message, where a signature is. */
const signatureLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-8);

const pipedParts = (line: string) => line.split(/\s*[|•·]\s*/).filter(Boolean);

/**
 * The company from a signature: "Dana Whitaker | Senior Recruiter | Acme Corp", or the line after
 * the sender's name and title ("Dana Whitaker / Talent Partner / Acme Robotics"), or a line with a
 * company suffix. Only the last lines of the message are looked at.
 */
export function companyFromSignature(message: ThreadMessage): string {
  const lines = signatureLines(message.text);
  return (
    fromPipedLine(lines, message.senderName) ||
    fromLineAfterTitle(lines, message.senderName) ||
    (lines.find((line) => hasCompanySuffix(line) && plausible(line)) ?? '')
  );
}

/**
 * The person a signature names, whoever sent it: "Dana Whitaker" above a title line or after a
 * sign-off, or first in "Dana Whitaker | Recruiter | Acme". A platform's mail signed by a recruiter
 * shows who is behind it.
 */
export function signatureName(text: string): string {
  const lines = signatureLines(text);
  for (const [i, line] of lines.entries()) {
    const parts = pipedParts(line);
    const name = parts.length >= 2 ? (parts[0] ?? '') : line;
    const title = parts.length >= 2 ? parts[1] : lines[i + 1];
    const signed = (title && looksLikeTitle(title)) || SIGN_OFF.test(lines[i - 1] ?? '');
    if (signed && looksLikePersonName(name)) return name;
  }
  return '';
}

function fromPipedLine(lines: string[], senderName: string): string {
  for (const line of lines) {
    const parts = pipedParts(line);
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
