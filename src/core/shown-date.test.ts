import { describe, expect, it } from 'vitest';
import { parseShownDate } from './shown-date';

// Thursday, March 5, 2026, noon: "today" and "yesterday" are read against it.
const reference = new Date(2026, 2, 5, 12, 0);
const at = (month: number, day: number, hours = 0, minutes = 0, year = 2026) =>
  new Date(year, month - 1, day, hours, minutes).getTime();
const tuesday2pm = at(3, 3, 14);

type Row = [text: string, expected: number];

const TABLES: Record<string, Row[]> = {
  en: [
    ['Tue, Mar 3, 2026, 2:00 PM', tuesday2pm],
    ['Tue, Mar 3, 2026, 2:00\u202fPM', tuesday2pm],
    ['Mar 3, 2026, 2:00 PM (2 days ago)', tuesday2pm],
    ['Tuesday, March 3, 2026 2:00 PM', tuesday2pm],
    ['Tue 3/3/2026 2:00 PM', tuesday2pm],
    ['Tue 3/3/26 2:00 PM', tuesday2pm],
    ['Wed 3/4/2026 9:05 AM', at(3, 4, 9, 5)],
    // British English: day first, the weekday tells.
    ['Wed 04/03/2026 09:05', at(3, 4, 9, 5)],
    ['Tue, 3 Mar 2026, 14:00', tuesday2pm],
    ['Sun, Feb 1, 2026, 12:30 AM', at(2, 1, 0, 30)],
    ['Mar 3', at(3, 3)],
    ['Dec 24', at(12, 24, 0, 0, 2025)],
    ['Today, 10:15', at(3, 5, 10, 15)],
    ['Yesterday, 10:15 PM', at(3, 4, 22, 15)],
    ['Mon 10:15 AM', at(3, 2, 10, 15)],
    ['9:30 AM', at(3, 5, 9, 30)],
    ['2026-03-03 14:00', tuesday2pm],
  ],
  es: [
    ['mar, 3 mar 2026, 14:00', tuesday2pm],
    ['mar, 3 mar 2026, 2:00 p. m.', tuesday2pm],
    ['3 de marzo de 2026, 14:05', at(3, 3, 14, 5)],
    ['martes, 3 de marzo de 2026 14:00', tuesday2pm],
    ['mar 03/03/2026 14:00', tuesday2pm],
    ['mié 04/03/2026 9:05', at(3, 4, 9, 5)],
    ['Hoy, 10:15', at(3, 5, 10, 15)],
    ['Ayer, 10:15', at(3, 4, 10, 15)],
  ],
  de: [
    ['Di., 3. März 2026, 14:00', tuesday2pm],
    ['Dienstag, 3. März 2026 14:00', tuesday2pm],
    ['Di 03.03.2026 14:00', tuesday2pm],
    ['Mi 04.03.2026 09:05', at(3, 4, 9, 5)],
    ['Do., 5. Feb. 2026, 08:00', at(2, 5, 8)],
    ['Heute, 10:15', at(3, 5, 10, 15)],
    ['Gestern, 10:15', at(3, 4, 10, 15)],
  ],
  fr: [
    ['mar. 3 mars 2026, 14:00', tuesday2pm],
    ['mardi 3 mars 2026 14:00', tuesday2pm],
    ['mar. 03/03/2026 14:00', tuesday2pm],
    ['mer. 04/03/2026 09:05', at(3, 4, 9, 5)],
    ['jeu. 5 févr. 2026, 08:00', at(2, 5, 8)],
    ["Aujourd'hui, 10:15", at(3, 5, 10, 15)],
    ['Hier, 10:15', at(3, 4, 10, 15)],
  ],
  pt: [
    ['ter., 3 de mar. de 2026, 14:00', tuesday2pm],
    ['terça-feira, 3 de março de 2026 14:00', tuesday2pm],
    ['ter 03/03/2026 14:00', tuesday2pm],
    ['qua 04/03/2026 09:05', at(3, 4, 9, 5)],
    ['qui., 5 de fev. de 2026, 08:00', at(2, 5, 8)],
    ['Hoje, 10:15', at(3, 5, 10, 15)],
    ['Ontem, 10:15', at(3, 4, 10, 15)],
  ],
  'no language needed': [
    ['3/3/2026', at(3, 3)],
    ['28/02/2026 14:00', at(2, 28, 14)],
    ['02/28/2026 2:00 PM', at(2, 28, 14)],
  ],
};

describe.each(Object.entries(TABLES))('parseShownDate (%s)', (_lang, rows) => {
  it.each(rows)('%s', (text, expected) => {
    expect(parseShownDate(text, reference)).toBe(expected);
  });
});

describe('parseShownDate when it cannot tell', () => {
  it.each([
    // Day and month could be either way round, and nothing says which language printed it.
    ['03/04/2026 14:00'],
    ['3/4/2026'],
    // March 4, 2026 is a Wednesday, April 3 a Friday: no reading of this is a Tuesday.
    ['Tue 3/4/2026 2:00 PM'],
    ['mar. 04/03/2026 14:00'],
    ['Feb 30, 2026'],
    ['25:00'],
    ['13:00 PM'],
    ['vor 2 Stunden'],
    ['sometime next week'],
    // A bare time still to come today was not today.
    ['4:00 PM'],
    [''],
  ])('%s', (text) => {
    expect(parseShownDate(text, reference)).toBeUndefined();
  });
});
