/** One message of a chrome.i18n catalogue (public/_locales/<locale>/messages.json). */
export interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Entry>;

/**
 * Messages a translation may leave exactly as in English, by key, each with the reason. `*` holds
 * those right in every language; a locale's own list holds words its language shares with
 * English. Anything else identical to English is a string someone forgot to translate.
 */
export const SAME_AS_ENGLISH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '*': {
    icsFollowUp: 'only two placeholders and a colon ("$STEP$: $WHERE$"): nothing to translate',
    reminderDigestLine: 'only two placeholders and a colon ("$STEP$: $WHO$"): nothing to translate',
  },
  de: {
    optionsVersion: '"Version" is the German word too',
    contactName: '"Name" is the German word too',
    templateName: '"Name" is the German word too',
    csvStatus: '"Status" is the German word too',
  },
  fr: {
    optionsVersion: '"Version" is the French word too',
    notesLabel: '"Notes" is the French word too',
    csvNotes: '"Notes" is the French word too',
    contactsHeading: '"Contacts" is the French word too',
    csvContacts: '"Contacts" is the French word too',
    settingsSignature: '"Signature" is the French word too',
  },
};

/** `$NAME$` references in a message, lower-cased: chrome.i18n matches them case-insensitively. */
const references = (message: string): string[] =>
  [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((match) => (match[1] ?? '').toLowerCase());

/** Placeholder names and contents, lower-cased names, sorted: the shape a translation must keep. */
const placeholderShape = (entry: Entry): string =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort()
    .join(', ');

/**
 * What is wrong with a locale's catalogue measured against English, one readable line per fault
 * (empty when it is complete): a missing or extra key, placeholders of another name or content,
 * a `$NAME$` that is undeclared or that English uses and the translation dropped, and a message
 * left in English. `locale` is the folder name (es, pt_BR), for the allowed identities.
 */
export function catalogueProblems(locale: string, catalogue: Catalogue, en: Catalogue): string[] {
  const problems: string[] = [];
  const allowed = { ...SAME_AS_ENGLISH['*'], ...SAME_AS_ENGLISH[locale] };
  for (const key of Object.keys(en)) {
    if (!(key in catalogue)) problems.push(`${key}: missing`);
  }
  for (const [key, entry] of Object.entries(catalogue)) {
    const english = en[key];
    if (!english) {
      problems.push(`${key}: not in the English catalogue`);
      continue;
    }
    const shape = placeholderShape(entry);
    const englishShape = placeholderShape(english);
    if (shape !== englishShape) {
      problems.push(`${key}: placeholders [${shape}], English has [${englishShape}]`);
    }
    const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
    const used = references(entry.message);
    for (const name of used.filter((name) => !declared.includes(name))) {
      problems.push(`${key}: $${name.toUpperCase()}$ is not declared in its placeholders`);
    }
    for (const name of references(english.message).filter((name) => !used.includes(name))) {
      problems.push(`${key}: drops $${name.toUpperCase()}$, which English uses`);
    }
    if (entry.message === english.message && !(key in allowed) && locale !== 'en') {
      problems.push(`${key}: identical to English ("${entry.message}")`);
    }
  }
  return problems;
}
