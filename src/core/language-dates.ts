import { format, type Locale } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ptBR } from 'date-fns/locale/pt-BR';
import type { TemplateLanguage } from './languages';

/**
 * How each template language writes the interview's day and date inside a sentence: "March 3",
 * "3 de marzo", "3. März", "3 mars", "3 de março". Not date-fns' `PPP`, which adds the year.
 * Only the background and the options page render templates, so these locales never reach the
 * content script.
 */
const DATES: Readonly<Record<TemplateLanguage, { locale: Locale; date: string }>> = {
  en: { locale: enUS, date: 'MMMM d' },
  es: { locale: es, date: "d 'de' MMMM" },
  de: { locale: de, date: 'd. MMMM' },
  fr: { locale: fr, date: 'd MMMM' },
  pt_BR: { locale: ptBR, date: "d 'de' MMMM" },
};

export const weekdayIn = (at: number, language: TemplateLanguage): string =>
  format(at, 'EEEE', { locale: DATES[language].locale });

export const dateIn = (at: number, language: TemplateLanguage): string =>
  format(at, DATES[language].date, { locale: DATES[language].locale });
