import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';

// Tuesday, Feb 24, 2026, 10:00: the day a message with these sentences was sent.
const reference = new Date(2026, 1, 24, 10, 0);
const at = (month: number, day: number, hours: number, minutes = 0) =>
  new Date(2026, month - 1, day, hours, minutes).getTime();

describe('parseDates in each language', () => {
  it.each([
    ['es', 'el miércoles 2 de diciembre a las 10:00', at(12, 2, 10)],
    ['es', 'Hola Alex, ¿podemos hablar mañana a las 9:30?', at(2, 25, 9, 30)],
    ['es', 'la entrevista será el 3 de marzo de 14:00 a 15:00', at(3, 3, 14)],
    ['es', '¿te va bien el jueves a las 4 de la tarde?', at(2, 26, 16)],
    ['de', 'am Dienstag, 3. März um 14 Uhr', at(3, 3, 14)],
    ['de', 'am 3. März, 14:00–15:00 Uhr', at(3, 3, 14)],
    ['de', 'morgen um 10 Uhr', at(2, 25, 10)],
    ['de', 'morgen früh um 9', at(2, 25, 9)],
    ['de', 'Können wir am Do., 5.3. um 10 Uhr sprechen?', at(3, 5, 10)],
    ['de', 'am 05.03. um 10 Uhr', at(3, 5, 10)],
    ['fr', 'mardi 3 mars à 14h', at(3, 3, 14)],
    ['fr', 'le 3 mars de 14h à 15h', at(3, 3, 14)],
    ['fr', 'demain à 10h30', at(2, 25, 10, 30)],
    ['fr', 'jeudi 5 mars à 10 h 30', at(3, 5, 10, 30)],
    ['pt', 'terça-feira, 3 de março às 14h', at(3, 3, 14)],
    ['pt', 'amanhã às 10h', at(2, 25, 10)],
    ['pt', 'quarta-feira às 10h30', at(2, 25, 10, 30)],
    ['pt', 'pode ser na quinta às 3 da tarde?', at(2, 26, 15)],
    // Said on a Tuesday: next week's.
    ['pt', 'na próxima terça-feira às 14h', at(3, 3, 14)],
    ['es', 'el lunes 2 de marzo, 16 h', at(3, 2, 16)],
    ['es', 'a las 10 horas del 5 de marzo', at(3, 5, 10)],
    ['pt', 'às 10 horas do dia 5 de março', at(3, 5, 10)],
    ['en', 'Tuesday, March 3 at 2:00 PM', at(3, 3, 14)],
    ['en', 'tomorrow at 9am', at(2, 25, 9)],
  ])('%s: %s', (_lang, text, expected) => {
    // Exactly one reading names both a day and a time (a range's end may stay a time alone).
    const complete = parseDates(text, reference).filter((m) => m.hasDay && m.hasTime);
    expect(complete.map((mention) => mention.date.getTime())).toEqual([expected]);
  });

  it('reads a time range without a day as a time only', () => {
    const [mention] = parseDates('14:00–15:00 Uhr', reference);
    expect(mention).toMatchObject({ hasDay: false, hasTime: true, text: '14:00–15:00 Uhr' });
    expect(mention?.date.getHours()).toBe(14);
  });

  it.each([
    ['Guten Morgen Herr Müller, wie besprochen treffen wir uns um 14 Uhr.'],
    ['Am Morgen um 9 habe ich Zeit.'],
    ['We could do 3pm if that suits.'],
    ['La llamada dura 10 horas.'],
    ['às 10h do dia seguinte'],
  ])('finds no day with a time in: %s', (text) => {
    expect(parseDates(text, reference).filter((m) => m.hasDay && m.hasTime)).toEqual([]);
  });

  it('does not read "14h" as fourteen hours from now', () => {
    const mentions = parseDates('Rendez-vous à 14h.', reference);
    expect(mentions.map((mention) => [mention.date.getTime(), mention.hasDay])).toEqual([
      [at(2, 24, 14), false],
    ]);
  });

  it('reads weekdays alone for "by Friday" in each language', () => {
    const friday = new Date(2026, 1, 27).toDateString();
    for (const text of ['Friday', 'viernes', 'Freitag', 'vendredi', 'sexta-feira']) {
      const [mention] = parseDates(`antes ${text}`, reference);
      expect(mention?.date.toDateString(), text).toBe(friday);
      expect(mention?.hasDay, text).toBe(true);
    }
  });
});
