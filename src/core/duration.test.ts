import { describe, expect, it } from 'vitest';
import { findDuration } from './duration';
import { danaWrites } from './test-support';

describe('findDuration', () => {
  it.each([
    ['The interview will last about 45 minutes.', 45],
    ['a 30-minute call', 30],
    ['Plan for an hour with the team.', 60],
    ['It takes 2 hours on site.', 120],
    ['Expect half an hour with the hiring manager.', 30],
    ['It runs an hour and a half.', 90],
    ['La entrevista durará unos 45 minutos.', 45],
    ['La llamada dura 1 hora.', 60],
    ['Son dos horas en total.', 120],
    ['Das Gespräch dauert etwa eine Stunde.', 60],
    ['Planen Sie eine halbe Stunde ein.', 30],
    ['Es dauert 45 Minuten.', 45],
    ["L'entretien durera environ 45 minutes.", 45],
    ['Comptez une heure et demie.', 90],
    ['A entrevista dura cerca de uma hora.', 60],
    ['Reserve uma hora e meia.', 90],
  ])('%s', (text, minutes) => {
    expect(findDuration(danaWrites(text))).toBe(minutes);
  });

  it.each([
    ['We have 5 minutes of questions.', 'Call me at 3pm.'],
    ['Nos vemos a las 8 horas.'],
    ['Até amanhã às 8 horas.'],
    ['Please reply within 48 hours.'],
  ])('ignores what is no length of a meeting: %s', (...texts) => {
    expect(findDuration(danaWrites(...texts))).toBeUndefined();
  });
});
