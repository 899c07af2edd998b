import { LANGUAGE_NAME_KEYS, templateLanguageOf, type TemplateLanguage } from '../core/languages';
import { t, type MessageKey } from './i18n';

/**
 * The templates' language by default: the catalogue's, so follow-ups are written in the language
 * the extension speaks (an Italian browser gets the English catalogue, and English templates).
 */
export const uiTemplateLanguage = (): TemplateLanguage =>
  templateLanguageOf(t('catalogueLanguage'));

/** Fails to compile when a language's key is missing from the English catalogue. */
const NAME_KEYS: Readonly<Record<TemplateLanguage, MessageKey>> = LANGUAGE_NAME_KEYS;

/** A language's name in the UI language: "Spanish", "Español", "Spanisch". */
export const languageName = (language: TemplateLanguage): string => t(NAME_KEYS[language]);
