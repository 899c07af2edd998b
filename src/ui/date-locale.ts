import type { Locale } from 'date-fns';
import browser from 'webextension-polyfill';
import { t } from './i18n';

/**
 * date-fns locales, each its own lazy chunk: a page loads at most one, and English (US) is
 * date-fns' built-in default, so most users load none. Add a language here when its catalogue
 * arrives in public/_locales.
 */
const LOADERS: Readonly<Record<string, () => Promise<Locale>>> = {
  'en-AU': () => import('date-fns/locale/en-AU').then((m) => m.enAU),
  'en-CA': () => import('date-fns/locale/en-CA').then((m) => m.enCA),
  'en-GB': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
  'en-IN': () => import('date-fns/locale/en-IN').then((m) => m.enIN),
  'en-NZ': () => import('date-fns/locale/en-NZ').then((m) => m.enNZ),
  de: () => import('date-fns/locale/de').then((m) => m.de),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  it: () => import('date-fns/locale/it').then((m) => m.it),
  ja: () => import('date-fns/locale/ja').then((m) => m.ja),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  pl: () => import('date-fns/locale/pl').then((m) => m.pl),
  pt: () => import('date-fns/locale/pt').then((m) => m.pt),
  'pt-BR': () => import('date-fns/locale/pt-BR').then((m) => m.ptBR),
  sv: () => import('date-fns/locale/sv').then((m) => m.sv),
};

const base = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? '';

/**
 * The language to write dates in, as a BCP 47 tag: the browser's when the catalogue speaks its
 * language (en-GB under the English catalogue, for day-month order), else the catalogue's, so a
 * date never speaks another language than the sentence around it.
 */
export function dateLanguage(
  browserLanguage: string = browser.i18n.getUILanguage(),
  catalogueLanguage: string = t('catalogueLanguage'),
): string {
  return base(browserLanguage) === base(catalogueLanguage) ? browserLanguage : catalogueLanguage;
}

/**
 * The date-fns locale code for the browser's language, or undefined for date-fns' default.
 * Durations are put into sentences of the message catalogue ("Due in $WHEN$"), so the browser's
 * language is used only when the catalogue is in that language too: an English catalogue in a
 * British browser gives en-GB, never "Due in 5 Stunden" in a German one without a German catalogue.
 */
export function localeCode(browserLanguage: string, catalogueLanguage: string): string | undefined {
  const language = dateLanguage(browserLanguage, catalogueLanguage);
  if (LOADERS[language]) return language;
  const fallback = base(language);
  return LOADERS[fallback] ? fallback : undefined;
}

export async function loadDateLocale(): Promise<Locale | undefined> {
  const code = localeCode(browser.i18n.getUILanguage(), t('catalogueLanguage'));
  const load = code ? LOADERS[code] : undefined;
  return load ? load() : undefined;
}
