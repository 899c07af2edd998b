/**
 * Whether a name ("Dana Whitaker", "Initech", "Acme Robotics") is a person's or a company's, where
 * either may stand: "Interview with X", "X via Greenhouse". A name a person of the thread carries
 * is a person's; a company word, a company suffix or the employer's domain name makes it a
 * company's; a bare "First Last" with neither is left unknown, so nothing is guessed from it.
 */

/** What the thread shows: its people's names, and the companies its domains and signatures name. */
export interface KnownNames {
  people: readonly string[];
  companies: readonly string[];
}

export const NO_NAMES: KnownNames = { people: [], companies: [] };

export type NameKind = 'person' | 'company' | 'unknown';

const COMPANY_SUFFIX =
  /\b(inc|llc|ltd|ltda|gmbh|ag|se|corp|corporation|co|plc|sa|s\.a|sas|sarl|sl|srl|bv|nv|company|group)\b\.?$/i;

/** "Acme GmbH", "Globex Inc.": a legal form closing the name. */
export const hasCompanySuffix = (name: string) => COMPANY_SUFFIX.test(name);

/** Words of company names, never of people's, in en/es/de/fr/pt. */
const COMPANY_WORD =
  /(?<!\p{L})(?:labs?|robotics|technolog(?:y|ies|ie|ien)|tecnolog(?:ía|ías|ia|ias)|tech|systems?|sistemas|systèmes|solutions?|soluciones|soluções|software|digital|data|analytics|cloud|networks?|media|studios?|games|health(?:care)?|bank|banco|banque|capital|partners|holdings?|industries|consulting|services|servicios|serviços|ventures|gruppe|grupo|groupe|international|global|energy|energie|énergie|motors|pharma(?:ceuticals)?|therapeutics|biotech|insurance|seguros|versicherung|logistics|logística|foods|university|universidad|université|universität|hospital|foundation|fundación|stiftung|agency|agencia|agentur|team|careers|recruiting|talent|karriere)(?!\p{L})/iu;

/** One word of a person's name: capitalised ("Dana", "O'Neil", "DUBOIS", "W."), or a particle. */
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|de|da|das|do|dos|del|della|di|du|van|von|der|den|le|la|y|e|zu)$/u;

/** "Dana Whitaker", "María de la Cruz": two to four name words, no company word. */
export function looksLikePersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    /^\p{Lu}/u.test(name.trim()) &&
    words.every((word) => NAME_WORD.test(word)) &&
    !looksLikeCompany(name, NO_NAMES)
  );
}

/** A company word or suffix, or a company the thread names: "Acme Robotics" = acmerobotics.com. */
export function looksLikeCompany(name: string, known: KnownNames): boolean {
  return (
    COMPANY_WORD.test(name) ||
    hasCompanySuffix(name) ||
    known.companies.some((company) => sameKey(company, name))
  );
}

/** Case, accents, spaces and hyphens aside: "Maria Garcia" = "María García". */
const keyOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const sameKey = (a: string, b: string) => keyOf(a) !== '' && keyOf(a) === keyOf(b);

/** "Dana Whitaker", or "Dana" alone, is a person of the thread named Dana Whitaker. */
function isKnownPerson(name: string, known: KnownNames): boolean {
  const oneWord = !/\s/.test(name.trim());
  return known.people.some(
    (person) =>
      sameKey(person, name) || (oneWord && sameKey(person.trim().split(/\s+/)[0] ?? '', name)),
  );
}

export function nameKind(name: string, known: KnownNames = NO_NAMES): NameKind {
  if (isKnownPerson(name, known)) return 'person';
  if (!/\p{Lu}/u.test(name)) return 'unknown';
  if (looksLikeCompany(name, known)) return 'company';
  return looksLikePersonName(name) ? 'unknown' : 'company';
}
