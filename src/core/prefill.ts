import { isFreeMailDomain } from './free-mail';
import type { ThreadFacts, ThreadMessage } from './thread-facts';

/** What the tag form starts with; every field stays the user's to correct. */
export interface Prefill {
  company: string;
  role: string;
  interviewerName: string;
  interviewerEmail: string;
}

const sameAddress = (a: string, b: string | null) => !!b && a.toLowerCase() === b.toLowerCase();

/** The other party: the latest sender who is not the user. */
export function otherParty(facts: ThreadFacts): ThreadMessage | undefined {
  return [...facts.messages]
    .reverse()
    .find((message) => message.senderEmail && !sameAddress(message.senderEmail, facts.userEmail));
}

const SUBJECT_PREFIX = /^\s*((re|fwd?|aw|wg|sv|vs|tr)\s*:\s*)+/i;
const ROLE_PATTERNS = [
  /interview(?:ing)?\s+(?:invitation\s+)?(?:for|with you for)\s+(?:the\s+)?(.+?)(?:\s+(?:role|position))?\s+(?:at|with)\s+(.+)$/i,
  /interview(?:ing)?\s+(?:invitation\s+)?(?:for|with you for)\s+(?:the\s+)?(.+?)(?:\s+(?:role|position))?$/i,
  /^(.+?)\s+(?:role|position)?\s*interview\b(?:\s+(?:at|with)\s+(.+))?/i,
  // "Next steps: Backend Engineer role at Globex"
  /(?:^|:\s*)([^:]+?)\s+(?:role|position)\s+(?:at|with)\s+(.+)$/i,
];

/** Role and company from subjects like "Interview for Senior Software Engineer at Acme". */
export function parseSubject(subject: string): { role: string; company: string } {
  const clean = subject.replace(SUBJECT_PREFIX, '').trim();
  for (const pattern of ROLE_PATTERNS) {
    const match = pattern.exec(clean);
    if (match?.[1]) {
      return { role: tidy(match[1]), company: tidy(match[2] ?? '') };
    }
  }
  return { role: '', company: '' };
}

const tidy = (text: string) =>
  text
    .replace(/[\s\-–—:|,!.]+$/, '')
    .replace(/^[\s\-–—:|,]+/, '')
    .trim();

const COMPANY_SUFFIX = /\b(inc|llc|ltd|gmbh|ag|corp|corporation|co|plc|sa|bv|company|group)\b\.?$/i;

/**
 * The company from a signature: a line like "Dana Whitaker | Senior Recruiter | Acme Corp" or the
 * line after the sender's name. Only the last lines of the message are looked at.
 */
export function companyFromSignature(message: ThreadMessage): string {
  const lines = message.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-6);
  for (const line of lines) {
    const parts = line.split(/\s*[|•·]\s*/).filter(Boolean);
    if (parts.length >= 2 && sameName(parts[0] ?? '', message.senderName)) {
      const last = parts[parts.length - 1] ?? '';
      if (last && !last.includes('@') && !/^\+?[\d\s().-]+$/.test(last)) return last;
    }
  }
  const suffixed = lines.find((line) => COMPANY_SUFFIX.test(line) && line.length <= 60);
  return suffixed ?? '';
}

const sameName = (a: string, b: string) =>
  !!b && a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/** "acme.com" → "Acme", "mail.acme-robotics.co.uk" → "Acme Robotics"; nothing for free mail. */
export function companyFromDomain(email: string): string {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  if (!domain || isFreeMailDomain(domain)) return '';
  const labels = domain.split('.');
  const secondLevel = /^(co|com|org|net|ac|gov)$/.test(labels[labels.length - 2] ?? '');
  const name = labels[labels.length - (secondLevel ? 3 : 2)] ?? '';
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}

export function prefillFromThread(facts: ThreadFacts): Prefill {
  const party = otherParty(facts);
  const fromSubject = parseSubject(facts.subject);
  const company =
    (party && companyFromSignature(party)) ||
    fromSubject.company ||
    (party ? companyFromDomain(party.senderEmail) : '');
  return {
    company,
    role: fromSubject.role,
    interviewerName: party?.senderName ?? '',
    interviewerEmail: party?.senderEmail ?? '',
  };
}
