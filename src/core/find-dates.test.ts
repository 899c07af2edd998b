import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';
import { findDecisionDate, findInterviewDate } from './find-dates';
import type { ThreadFacts } from './thread-facts';

const facts = (texts: string[]): ThreadFacts => ({
  subject: 'Interview',
  userEmail: 'alex@example.org',
  messages: texts.map((text, i) => ({
    senderName: 'Dana',
    senderEmail: 'dana@acme.com',
    dateText: `${['Tue', 'Wed', 'Thu'][i]}, Feb ${24 + i}, 2026, 10:15 AM`,
    text,
  })),
});
const now = new Date('2026-02-25T12:00:00-05:00');
const local = (date: Date | undefined) =>
  date &&
  `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()} ${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;

describe('findInterviewDate', () => {
  it('reads "Tuesday, March 3 at 2:00 PM" relative to the message', () => {
    const found = findInterviewDate(
      facts(['Can you do Tuesday, March 3 at 2:00 PM for the interview?']),
      parseDates,
      now,
    );
    expect(local(found)).toBe('2026-3-3 14:00');
  });

  it('resolves a bare weekday forward from the message date', () => {
    // Feb 24, 2026 is a Tuesday: "Thursday at 10am" is Feb 26.
    const found = findInterviewDate(facts(['Let us meet Thursday at 10am.']), parseDates, now);
    expect(local(found)).toBe('2026-2-26 10:00');
  });

  it('prefers the newest proposal next to interview words', () => {
    const found = findInterviewDate(
      facts([
        'Could we schedule the interview on March 3 at 2 PM?',
        'Sorry, we need to move the interview to March 5 at 11:30 AM. Lunch is at noon on March 6 at 12pm.',
      ]),
      parseDates,
      now,
    );
    expect(local(found)).toBe('2026-3-5 11:30');
  });

  it('ignores dates without a time', () => {
    expect(
      findInterviewDate(facts(['We received your application on March 1.']), parseDates, now),
    ).toBeUndefined();
  });
});

describe('findInterviewDate in each language', () => {
  // The message is dated Tuesday, Feb 24, 2026 (the first message of `facts`).
  it.each([
    [
      'es',
      '¿Te viene bien el miércoles 2 de diciembre a las 10:00 para la entrevista?',
      '2026-12-2 10:00',
    ],
    ['es', 'Confirmamos la entrevista para mañana a las 9:30.', '2026-2-25 9:30'],
    ['es', 'La llamada será el 3 de marzo de 14:00 a 15:00.', '2026-3-3 14:00'],
    [
      'de',
      'Passt Ihnen das Vorstellungsgespräch am Dienstag, 3. März um 14 Uhr?',
      '2026-3-3 14:00',
    ],
    ['de', 'Das Gespräch findet am 3. März, 14:00–15:00 Uhr statt.', '2026-3-3 14:00'],
    ['de', 'Können wir morgen um 10 Uhr telefonieren?', '2026-2-25 10:00'],
    ['fr', "Seriez-vous disponible mardi 3 mars à 14h pour l'entretien ?", '2026-3-3 14:00'],
    ['fr', 'Nous vous proposons un entretien le 3 mars de 14h à 15h.', '2026-3-3 14:00'],
    ['fr', 'Rendez-vous demain à 10h30 en visio.', '2026-2-25 10:30'],
    ['pt', 'A entrevista pode ser na terça-feira, 3 de março às 14h?', '2026-3-3 14:00'],
    ['pt', 'Podemos fazer a chamada amanhã às 10h?', '2026-2-25 10:00'],
    ['pt', 'Que tal quarta-feira às 10h30?', '2026-2-25 10:30'],
    ['en', 'Could we do the call at 3pm on Thursday?', '2026-2-26 15:00'],
  ])('%s: %s', (_lang, text, expected) => {
    expect(local(findInterviewDate(facts([text]), parseDates, now))).toBe(expected);
  });

  it('reads "03/04" the way the message\'s language writes dates', () => {
    expect(
      local(
        findInterviewDate(facts(["L'entretien aura lieu le 03/04/2026 à 14h."]), parseDates, now),
      ),
    ).toBe('2026-4-3 14:00');
    expect(
      local(findInterviewDate(facts(['The interview is on 03/04/2026 at 2pm.']), parseDates, now)),
    ).toBe('2026-3-4 14:00');
  });

  it.each([
    [
      'fr',
      "Je serai absente le 2 mars à 9h et je réponds depuis mon téléphone, désolée pour la brièveté. L'entretien aura lieu le 4 mars à 14h.",
      '2026-3-4 14:00',
    ],
    [
      'de',
      'Am 2. März um 9 Uhr bin ich leider nicht im Büro, bitte wenden Sie sich an meine Kollegin. Das Gespräch findet am 4. März um 14 Uhr statt.',
      '2026-3-4 14:00',
    ],
    [
      'es',
      'El 2 de marzo a las 9:00 estaré fuera de la oficina todo el día, disculpe las molestias. La entrevista será el 4 de marzo a las 14:00.',
      '2026-3-4 14:00',
    ],
  ])('%s: prefers the time next to the word for interview', (_lang, text, expected) => {
    expect(local(findInterviewDate(facts([text]), parseDates, now))).toBe(expected);
  });

  it('does not take "determine" for the German "Termin"', () => {
    const text =
      'The team determined on March 2 at 9am that the opening stays, so thank you for your patience with us. Could we talk on March 4 at 2pm?';
    expect(local(findInterviewDate(facts([text]), parseDates, now))).toBe('2026-3-4 14:00');
  });

  it('takes no German two-letter weekday out of English words', () => {
    // "do" is German for Thursday; "we could do 3pm" names no day.
    expect(
      findInterviewDate(facts(['We could do 3pm if that suits.']), parseDates, now),
    ).toBeUndefined();
  });
});

describe('findDecisionDate', () => {
  it.each([
    ['le daremos una respuesta antes del viernes', '2-27'],
    ['Wir melden uns bis Freitag bei Ihnen.', '2-27'],
    ['Wir geben Ihnen bis Freitag Bescheid.', '2-27'],
    ["Nous reviendrons vers vous d'ici vendredi.", '2-27'],
    ['Nous reviendrons vers vous d’ici vendredi.', '2-27'],
    ['Retornaremos até sexta-feira.', '2-27'],
    ['Vamos tomar uma decisão até 6 de março.', '3-6'],
  ])('%s', (text, expected) => {
    const found = findDecisionDate(facts([text]), parseDates, now);
    expect(found && `${found.getMonth() + 1}-${found.getDate()}`).toBe(expected);
  });

  it('reads "we\'ll get back to you by Friday"', () => {
    const found = findDecisionDate(
      facts(["Thanks again, we'll get back to you by Friday."]),
      parseDates,
      now,
    );
    // Sent Tuesday Feb 24, 2026: that Friday is Feb 27.
    expect(found && `${found.getMonth() + 1}-${found.getDate()}`).toBe('2-27');
  });

  it('finds none where no decision was promised', () => {
    expect(findDecisionDate(facts(['See you Friday at 3pm!']), parseDates, now)).toBeUndefined();
  });
});
