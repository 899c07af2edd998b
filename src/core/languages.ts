/**
 * The languages the extension speaks, as the folder names of public/_locales. Templates exist in
 * each; an interview may name one, and otherwise follows the UI language.
 */
export const TEMPLATE_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt_BR'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const isTemplateLanguage = (value: unknown): value is TemplateLanguage =>
  (TEMPLATE_LANGUAGES as readonly unknown[]).includes(value);

/**
 * The template language for a BCP 47 tag, such as the catalogue's own (`catalogueLanguage`:
 * "pt-BR") or a browser's ("es-419"): the exact language, else its base, else English.
 */
export function templateLanguageOf(tag: string): TemplateLanguage {
  const folder = tag.replace('-', '_');
  if (isTemplateLanguage(folder)) return folder;
  const base = folder.split('_')[0]?.toLowerCase();
  if (base === 'pt') return 'pt_BR';
  return isTemplateLanguage(base) ? base : 'en';
}

/** The catalogue key of each language's name, translated by the UI layers. */
export const LANGUAGE_NAME_KEYS = {
  en: 'languageEnglish',
  es: 'languageSpanish',
  de: 'languageGerman',
  fr: 'languageFrench',
  pt_BR: 'languageBrazilianPortuguese',
} as const satisfies Readonly<Record<TemplateLanguage, string>>;
