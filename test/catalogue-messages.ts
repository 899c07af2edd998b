import en from '../public/_locales/en/messages.json';
import es from '../public/_locales/es/messages.json';
import de from '../public/_locales/de/messages.json';
import fr from '../public/_locales/fr/messages.json';
import ptBR from '../public/_locales/pt_BR/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Entry | undefined>;

const CATALOGUES = { en, es, de, fr, pt_BR: ptBR } as const;
export type CatalogueLocale = keyof typeof CATALOGUES;
export const CATALOGUE_LOCALES = Object.keys(CATALOGUES) as CatalogueLocale[];

/**
 * A message of a real catalogue (English unless given), with Chrome's substitution rules
 * ($NAME$ to its placeholder's content, then $1..$9 to the arguments): unit tests answer
 * browser.i18n.getMessage with it, and e2e tests find the UI in another language by key.
 */
export function getMessage(
  key: string,
  substitutions: string | (string | number)[] = [],
  locale: CatalogueLocale = 'en',
): string {
  const entry = (CATALOGUES[locale] as Catalogue)[key];
  if (!entry) return '';
  const args = (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
      return entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    })
    .replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}
