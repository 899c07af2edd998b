import type { StepKind } from './interview';
import type { TemplateLanguage } from './languages';
import { BUILT_IN_KEYS, type BuiltInKey, type LanguagePack } from './language-pack';
import type { PlaceholderName } from './placeholders';
import type { Template } from './templates';
import { DE } from './built-in/de';
import { EN } from './built-in/en';
import { ES } from './built-in/es';
import { FR } from './built-in/fr';
import { PT_BR } from './built-in/pt-br';

/**
 * The built-in templates of every language. Only the background (which renders drafts) and the
 * options page (the editor) import this: the content script never carries the texts.
 */
const PACKS: Readonly<Record<TemplateLanguage, LanguagePack>> = {
  en: EN,
  es: ES,
  de: DE,
  fr: FR,
  pt_BR: PT_BR,
};

/**
 * Each built-in's id and step, the same in every language: the ids were English-only before, and
 * templates stored under them keep working; each language's list is stored apart (storage/).
 */
const SLOTS: Readonly<Record<BuiltInKey, { id: string; step?: StepKind }>> = {
  thankYou: { id: 'builtin-thank-you', step: 'thankYou' },
  thankYouCard: { id: 'builtin-thank-you-card', step: 'thankYouCard' },
  checkIn: { id: 'builtin-check-in', step: 'checkIn' },
  secondCheckIn: { id: 'builtin-second-check-in', step: 'secondCheckIn' },
  feedback: { id: 'builtin-feedback-request', step: 'feedback' },
  closingNote: { id: 'builtin-closing-note' },
  phoneScript: { id: 'builtin-phone-script' },
};

const frozen = (language: TemplateLanguage): readonly Template[] =>
  Object.freeze(
    BUILT_IN_KEYS.map((key) => {
      const { id, step } = SLOTS[key];
      return Object.freeze({
        id,
        ...PACKS[language].templates[key],
        ...(step ? { step } : {}),
        builtIn: true,
      });
    }),
  );

const BY_LANGUAGE = Object.fromEntries(
  Object.keys(PACKS).map((language) => [language, frozen(language as TemplateLanguage)]),
) as Readonly<Record<TemplateLanguage, readonly Template[]>>;

/** In the order the options page lists them; frozen, since "restore" copies them back. */
export const builtInTemplates = (language: TemplateLanguage): readonly Template[] =>
  BY_LANGUAGE[language];

/** What blank placeholders say in a language: "[topic you enjoyed]", "[tema …]". */
export const promptsIn = (language: TemplateLanguage): Readonly<Record<PlaceholderName, string>> =>
  PACKS[language].prompts;

/** English, as before languages: what tests and older callers mean by "the built-ins". */
export const BUILT_IN_TEMPLATES: readonly Template[] = BY_LANGUAGE.en;
