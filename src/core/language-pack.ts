import type { PlaceholderName } from './placeholders';

/** The built-in templates, one set per language; each language's texts are written anew. */
export const BUILT_IN_KEYS = [
  'thankYou',
  'thankYouCard',
  'checkIn',
  'secondCheckIn',
  'feedback',
  'closingNote',
  'phoneScript',
] as const;
export type BuiltInKey = (typeof BUILT_IN_KEYS)[number];

export interface BuiltInText {
  name: string;
  subject: string;
  body: string;
}

/** Everything a language adds: the template texts and the prompts for what is not known. */
export interface LanguagePack {
  templates: Readonly<Record<BuiltInKey, BuiltInText>>;
  /** What a blank placeholder renders as: visible, bracketed, in the template's language. */
  prompts: Readonly<Record<PlaceholderName, string>>;
}
