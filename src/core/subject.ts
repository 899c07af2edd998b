import { readingsOf } from './date-words';
import {
  hasCompanySuffix,
  looksLikeCompany,
  nameKind,
  NO_NAMES,
  type KnownNames,
} from './name-kind';
import { looksLikeRole } from './role-words';

/** Role and company as an invitation's subject names them; either may be empty. */
export interface SubjectFacts {
  role: string;
  company: string;
}

const NOTHING: SubjectFacts = { role: '', company: '' };

/** Reply and forward prefixes in en/de/es/fr/pt mail clients, possibly stacked ("RE: AW: Fwd:"). */
const REPLY_PREFIX =
  /^\s*(?:(?:re|fwd?|aw|wg|sv|vs|tr|res|enc|rv|réf|ref|antw|odp)\s*(?:\[\d+\])?\s*:\s*|\[(?:external|extern|externe?)\]\s*)+/i;

/** "(m/w/d)", "(h/f)", "(f/m/x)", "(all genders)": legal markers in job titles, not the role. */
const GENDER_MARKER =
  /\s*\(\s*(?:(?:[mwfhdx]|div|gn)(?:\s*[/|,]\s*(?:[mwfhdx]|div|gn))+|all genders|gn\*?)\s*\)/gi;

/**
 * "Invitation: <event title> @ <when> (<calendar>)": a calendar invite (Google, Outlook), or the
 * answer to one ("Accepted: …"), in each language.
 */
const CALENDAR_INVITE =
  /^(?:(?:updated |new )?invitation|invitación(?: actualizada)?|(?:aktualisierte )?einladung|invitation mise à jour|convite(?: atualizado)?|(?:tentatively )?accepted|declined|aceptad[ao]|rechazad[ao]|angenommen|abgelehnt|accepté|refusé|aceit[ao]|recusad[ao])\s*:\s*(.+?)\s+@\s+/i;

/** Words that make a subject (or part of one) about an interview, in each language. */
const INTERVIEW_KEYWORD =
  /\b(?:(?:job\s+|video\s+|phone\s+|technical\s+|final\s+|onsite\s+)?interview(?:\s+invitation|\s+request)?|invitation to (?:an\s+)?interview|phone screen(?:ing)?|screening call|next steps|your application (?:to|for)|einladung zum (?:vorstellungsgespräch|interview|gespräch)|vorstellungsgespräch|bewerbungsgespräch|(?:invitación a (?:una\s+)?)?entrevista(?: de trabajo)?|convite para (?:a\s+)?entrevista|(?:invitation à un\s+)?entretien(?: d'embauche)?)(?![\p{L}])/iu;

/** What follows the keyword and introduces the role: "for the", "para el puesto de", "als"… */
const ROLE_LEAD =
  /^(?:(?:for|to|with you for|para|für|pour|as|als)\s+)?(?:(?:the|el|la|le|a|o|die|den)\s+)?(?:(?:position|role|job|puesto|vacante|cargo|vaga|poste|stelle)\s+(?:(?:de|of|as|als)\s+|d')?)?(?:als\s+)?/i;

/** A keyword followed straight by the company: "interview with Initech", "Gespräch bei Acme". */
const COMPANY_LEAD = /^(at|with|mit|con|avec|com|bei|chez|en|na|no|em)\s+(.+)$/i;

/** What joins a role to the company: "at", "en", "bei", "chez", "na"… (the last one wins). */
const COMPANY_JOIN = / (?:at|with|mit|con|avec|com|en|bei|chez|na|no|em|@) /gi;

/** "with" in each language: what follows may be a person ("with Dana Whitaker") or a company. */
const WITH = /^\s*(?:with|mit|con|avec|com)\s*$/i;

/** "Dana from Acme", "Jonas von Acme": a person, then the company they are from. */
const PERSON_FROM = /^(.+?)\s+(?:from|von)\s+(.+)$/i;

/** "equipo de Acme", "équipe de Acme", "Acme team": the company whose team it is. */
const TEAM_OF = /^(?:team|equipo|équipe|equipe)\s+(?:of|de|d['’]|da|do|von|bei)\s*(.+)$/i;
const COMPANY_TEAM = /^(.+?)\s+(?:hiring\s+|recruiting\s+)?team$/i;

/** An article before the company: "com a Acme", "mit der Globex GmbH", "l'équipe". */
const ARTICLE = /^(?:(?:the|el|la|le|a|o|der|die|das|den)\s+|l['’])/i;

/** Role suffixes that are words of the subject, not of the role ("Backend Engineer role"). */
const ROLE_NOUN = /\s+(?:role|position|opening|job)$/i;

/** A time in the subject ("2pm", "14:00"): a part that names neither role nor company. */
const TIME = /\d{1,2}[:.]\d{2}|\b\d{1,2}\s*(?:am|pm)\b/i;

/** "Tue, Mar 3" or "3. März": a number beside a month or weekday name is a date, not a company. */
const isWhen = (part: string) =>
  TIME.test(part) ||
  (/\d/.test(part) && (part.match(/\p{L}+/gu) ?? []).some((word) => readingsOf(word).length > 0));

/** The company "with X" names, if any: never a person of the thread, nor a bare name. */
type WithCompany = (text: string) => string;

/**
 * Role and company from subjects like "Interview for Senior Engineer - Acme Robotics". What
 * follows "with" is a company only when it is no person the thread knows (the sender, the user, a
 * signature's name) and no bare "First Last" either.
 */
export function parseSubject(subject: string, known: KnownNames = NO_NAMES): SubjectFacts {
  const clean = subject.replace(REPLY_PREFIX, '').replace(GENDER_MARKER, '').trim();
  const invite = CALENDAR_INVITE.exec(clean);
  const withCompany = (text: string) => companyWith(text, known, !!invite);
  return fromParts(invite ? (invite[1] ?? '') : clean, withCompany);
}

/**
 * The company "with <text>" names. In a calendar invite "Interview with X" names a person (often
 * the candidate), and so does a role ("with Hiring Manager"); elsewhere the name must be told a
 * company's.
 */
function companyWith(text: string, known: KnownNames, inInvite: boolean): string {
  const named = text.replace(ARTICLE, '');
  const from = PERSON_FROM.exec(named);
  const personFrom = from && !hasCompanySuffix(from[1] ?? '') ? from[2] : undefined;
  // The company a person or a team is from; a name has capitals ("our recruiting team" has none).
  const owner = personFrom ?? TEAM_OF.exec(named)?.[1] ?? COMPANY_TEAM.exec(named)?.[1];
  if (owner) return /\p{Lu}/u.test(owner) ? tidy(owner) : '';
  if (inInvite || (looksLikeRole(named) && !looksLikeCompany(named, known))) return '';
  return nameKind(named, known) === 'company' ? named : '';
}

function fromParts(text: string, withCompany: WithCompany): SubjectFacts {
  const parts = text
    .split(/\s+[-–—|]\s+|:\s+|\s+:\s+/)
    .map(tidy)
    .filter((part) => part && !isWhen(part));
  const keywordAt = parts.findIndex((part) => INTERVIEW_KEYWORD.test(part));
  if (keywordAt < 0) return NOTHING;
  const fromKeyword = aroundKeyword(parts[keywordAt] ?? '', withCompany);
  const others = parts
    .filter((_, i) => i !== keywordAt)
    .map((part) => splitCompany(part, withCompany));
  const roleFromOther = others.find((other) => looksLikeRole(other.role));
  const companyFromOther = [...others]
    .reverse()
    .map((other) => (other === roleFromOther ? other.company : other.company || other.role))
    .find(Boolean);
  return {
    role: fromKeyword.role || roleFromOther?.role || '',
    company: fromKeyword.company || roleFromOther?.company || companyFromOther || '',
  };
}

/**
 * "Backend Engineer interview with Initech", "Entrevista para el puesto de X en Y". Words around
 * the keyword are a role only after "for", "para", "als"… or when they hold a job-title word, so
 * "Interview next week" and "Your interview is scheduled" name none.
 */
function aroundKeyword(part: string, withCompany: WithCompany): SubjectFacts {
  const match = INTERVIEW_KEYWORD.exec(part);
  if (!match) return NOTHING;
  const before = roleOnly(part.slice(0, match.index));
  const role = looksLikeRole(before) ? before : '';
  const after = part.slice(match.index + match[0].length).trim();
  const lead = COMPANY_LEAD.exec(after);
  if (lead) return { role, company: companyAfter(lead[1] ?? '', lead[2] ?? '', withCompany) };
  if (role) return { role, company: '' };
  const led = after.replace(ROLE_LEAD, '');
  const found = splitCompany(led, withCompany);
  return led !== after || looksLikeRole(found.role) ? found : NOTHING;
}

/**
 * "Analista de Datos en Acme" → role and company, split at the last joining word. What follows
 * "with" may be a person: it leaves the role but is no company.
 */
function splitCompany(text: string, withCompany: WithCompany): SubjectFacts {
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (paren) return { role: tidy(paren[1] ?? ''), company: tidy(paren[2] ?? '') };
  const last = [...text.matchAll(COMPANY_JOIN)].pop();
  if (!last || last.index === undefined) return { role: roleOnly(text), company: '' };
  return {
    role: roleOnly(text.slice(0, last.index)),
    company: companyAfter(last[0], text.slice(last.index + last[0].length), withCompany),
  };
}

/** The company after a joining word: as written, unless the word is "with" and names a person. */
const companyAfter = (join: string, rest: string, withCompany: WithCompany) =>
  WITH.test(join) ? withCompany(tidy(rest)) : tidy(rest);

const roleOnly = (text: string) => tidy(tidy(text).replace(ROLE_NOUN, ''));

const tidy = (text: string) =>
  text
    .replace(/[\s\-–—:|,!.?]+$/, '')
    .replace(/^[\s\-–—:|,]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
