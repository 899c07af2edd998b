import type { Locale } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import { loadDateLocale } from '../ui/date-locale';

/** The date-fns locale for relative times; undefined (date-fns' English) until one is loaded. */
export function useDateLocale(): Locale | undefined {
  const [locale, setLocale] = useState<Locale | undefined>(undefined);
  useEffect(() => {
    loadDateLocale().then(setLocale, (error: unknown) =>
      console.warn('Could not load the date locale; using English', error),
    );
  }, []);
  return locale;
}
