import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localeCode } from '../../src/ui/date-locale';
import { catalogueProblems, type Catalogue, type Entry } from './catalogue-problems';

const LOCALES = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const read = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Catalogue;

/** Every folder there, so a catalogue added later is held to the same rules without a change here. */
const locales = readdirSync(LOCALES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const translations = locales.filter((locale) => locale !== 'en');
const en = read('en');

describe('the message catalogues', () => {
  it('include the languages shipped so far', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es', 'pt_BR']));
  });

  it('declare every placeholder the English messages use', () => {
    expect(catalogueProblems('en', en, en)).toEqual([]);
  });

  it.each(translations)(
    '%s has every English key, the same placeholders, and is translated',
    (locale) => {
      expect(catalogueProblems(locale, read(locale), en)).toEqual([]);
    },
  );

  it.each(locales)('%s keeps the names within the store limits', (locale) => {
    const catalogue = read(locale);
    expect(catalogue.extShortName?.message.length).toBeLessThanOrEqual(12);
    expect(catalogue.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(locales)('%s names its own language, which has a date-fns locale', (locale) => {
    const tag = locale.replace('_', '-');
    expect(read(locale).catalogueLanguage?.message).toBe(tag);
    // English (US) is date-fns' built-in default, so it alone needs no locale to load.
    if (locale !== 'en') expect(localeCode(tag, tag)).toBe(tag);
  });
});

describe('the catalogue check', () => {
  /** Every English message changed (so translated), then the given entries as a translator left them. */
  const translated = (entries: Catalogue = {}): Catalogue => ({
    ...Object.fromEntries(
      Object.entries(en).map(([key, entry]) => [
        key,
        { ...entry, message: `${entry.message} (xx)` },
      ]),
    ),
    ...entries,
  });
  const english = (key: string): Entry => {
    const entry = en[key];
    if (!entry) throw new Error(`no English message ${key}`);
    return entry;
  };

  it('passes a complete translation', () => {
    expect(catalogueProblems('xx', translated(), en)).toEqual([]);
  });

  it('finds a missing key and a key English does not have', () => {
    const catalogue = translated({ popupHeadng: { message: 'x' } });
    delete catalogue.popupHeading;
    expect(catalogueProblems('xx', catalogue, en)).toEqual([
      'popupHeading: missing',
      'popupHeadng: not in the English catalogue',
    ]);
  });

  it('finds a renamed placeholder, a changed content and an undeclared or dropped reference', () => {
    const catalogue = translated({
      popupDueCount: { message: 'Fällig: $ANZAHL$', placeholders: { anzahl: { content: '$1' } } },
      popupNext: { ...english('popupNext'), message: 'Suivant : $ETAPE$' },
      ruleRange: {
        message: 'Entre $MIN$ et $MAX$',
        placeholders: { min: { content: '$2' }, max: { content: '$1' } },
      },
    });
    expect(catalogueProblems('xx', catalogue, en)).toEqual([
      'popupDueCount: placeholders [anzahl=$1], English has [count=$1]',
      'popupDueCount: drops $COUNT$, which English uses',
      'popupNext: $ETAPE$ is not declared in its placeholders',
      'popupNext: drops $STEP$, which English uses',
      'ruleRange: placeholders [max=$1, min=$2], English has [max=$2, min=$1]',
    ]);
  });

  it('finds a message left in English, except where the same text is right', () => {
    const catalogue = translated({
      formSave: english('formSave'),
      icsFollowUp: english('icsFollowUp'),
    });
    expect(catalogueProblems('xx', catalogue, en)).toEqual([
      'formSave: identical to English ("Save")',
    ]);
  });
});
