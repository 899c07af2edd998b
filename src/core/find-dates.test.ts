import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';
import { findDecisionDate, findInterviewDate, messageDate } from './find-dates';
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

/**
 * One message with what its page tells of its time: an English shown date, a site id's time, or
 * an Italian shown date we cannot read (then the reference falls back to now).
 */
const message = (text: string, when: { dateText?: string; idTime?: number } = {}) => ({
  senderName: 'Dana',
  senderEmail: 'dana@acme.com',
  dateText: when.dateText ?? 'gio 26/02/2026 10:15',
  ...(when.idTime === undefined ? {} : { idTime: when.idTime }),
  text,
});
const sent = (text: string, when: { dateText?: string; idTime?: number } = {}): ThreadFacts => ({
  subject: 'Interview',
  userEmail: 'alex@example.org',
  messages: [message(text, when)],
});
const december = new Date('2026-12-03T12:00:00-05:00');
const feb26 = { idTime: new Date('2026-02-26T10:15:00-05:00').getTime() };

describe('messageDate', () => {
  it("says whether the reference is the message's own time or now", () => {
    expect(messageDate({ dateText: 'Thu, Feb 26, 2026, 10:15 AM' }, december)).toEqual({
      date: new Date('2026-02-26T10:15:00-05:00'),
      known: true,
    });
    expect(messageDate({ dateText: 'gio 26/02/2026 10:15' }, december)).toEqual({
      date: december,
      known: false,
    });
  });
});

describe('a weekday named with a day of month and no year', () => {
  // Read in December 2026; the message (sent Thursday, Feb 26, 2026) shows a date we cannot read.
  it.each([
    ['en', 'Can you do Tuesday, March 3 at 2:00 PM for the interview?'],
    ['es', '¿Le viene bien la entrevista el martes 3 de marzo a las 14:00?'],
    ['de', 'Passt Ihnen das Vorstellungsgespräch am Dienstag, 3. März um 14 Uhr?'],
    ['fr', "Seriez-vous disponible mardi 3 mars à 14h pour l'entretien ?"],
    ['pt', 'A entrevista pode ser na terça-feira, 3 de março às 14h?'],
  ])('%s, message time unknown: takes the year the weekday falls in', (_lang, text) => {
    expect(local(findInterviewDate(sent(text), parseDates, december))).toBe('2026-3-3 14:00');
  });

  it.each([
    // March 3 is a Wednesday in 2027 (chrono's own guess), a Friday in 2028, a Monday in 2025.
    ['Wednesday', '2027-3-3 14:00'],
    ['Friday', '2028-3-3 14:00'],
    ['Monday', '2025-3-3 14:00'],
    // Thursday: no March 3 from 2025 to 2029; Sunday: only 2024, three years from chrono's.
    ['Thursday', undefined],
    ['Sunday', undefined],
  ])('message time unknown: %s, March 3 → %s', (weekday, expected) => {
    const text = `The interview is on ${weekday}, March 3 at 2:00 PM.`;
    expect(local(findInterviewDate(sent(text), parseDates, december))).toBe(expected);
  });

  it.each([
    ['en', 'Can you do Tuesday, March 3 at 2:00 PM for the interview?', feb26],
    ['de', 'Passt Ihnen das Vorstellungsgespräch am Dienstag, 3. März um 14 Uhr?', feb26],
    ['en', 'Can you do Tuesday, March 3 at 2:00 PM?', { dateText: 'Thu, Feb 26, 2026, 10:15 AM' }],
  ])('%s, message time known: keeps the date after the message', (_lang, text, when) => {
    expect(local(findInterviewDate(sent(text, when), parseDates, december))).toBe('2026-3-3 14:00');
  });

  it.each([
    ['en', 'The interview on Wednesday, March 3 at 2:00 PM is confirmed.'],
    ['es', 'La entrevista será el miércoles 3 de marzo a las 14:00.'],
    ['fr', "L'entretien aura lieu mercredi 3 mars à 14h."],
  ])(
    '%s, message time known: a weekday that fits neither side of the message drops it',
    (_lang, text) => {
      // Tuesday, March 3, 2026 or Wednesday, March 4? The page cannot tell: no date.
      expect(findInterviewDate(sent(text, feb26), parseDates, december)).toBeUndefined();
    },
  );

  it('message time known: takes the date before the message when only its weekday agrees', () => {
    // Sent Jan 10, 2026: Tuesday, December 30 is 2025's (2026's is a Wednesday).
    const text = 'Thank you for the interview on Tuesday, December 30 at 2:00 PM.';
    const when = { idTime: new Date('2026-01-10T09:00:00-05:00').getTime() };
    expect(local(findInterviewDate(sent(text, when), parseDates, december))).toBe(
      '2025-12-30 14:00',
    );
  });

  it.each([
    ['en', "We'll get back to you by Friday, March 6.", {}, '2026-3-6'],
    ['de', 'Wir melden uns bis Freitag, 6. März bei Ihnen.', {}, '2026-3-6'],
    ['pt', 'Retornaremos até sexta-feira, 6 de março.', feb26, '2026-3-6'],
    ['en', "We'll get back to you by Saturday, March 6.", feb26, undefined],
  ])('%s decision date: %s', (_lang, text, when, expected) => {
    const found = findDecisionDate(sent(text, when), parseDates, december);
    expect(found && `${found.getFullYear()}-${found.getMonth() + 1}-${found.getDate()}`).toBe(
      expected,
    );
  });
});

describe('a day of month with no weekday and no year, message time unknown', () => {
  it.each([
    ['en', 'The interview is on March 3 at 2pm.', '2027-3-3 14:00'],
    ['es', 'La entrevista será el 3 de marzo a las 14:00.', '2027-3-3 14:00'],
    // Read on December 3: "November 20" a year ahead is likelier a past interview; no guess.
    ['en', 'The interview is on November 20 at 2pm.', undefined],
    ['de', 'Das Vorstellungsgespräch ist am 20. November um 14 Uhr.', undefined],
    ['fr', "L'entretien aura lieu le 20 novembre à 14h.", undefined],
    ['pt', 'A entrevista será em 20 de novembro às 14h.', undefined],
  ])('%s: %s → %s', (_lang, text, expected) => {
    expect(local(findInterviewDate(sent(text), parseDates, december))).toBe(expected);
  });

  it('prefers a nearer mention over one more than ten months ahead', () => {
    const thread: ThreadFacts = {
      ...sent(''),
      messages: [
        message('The interview is confirmed for January 12 at 10am.'),
        message('Sorry, can we move the interview to November 20 at 2pm?'),
      ],
    };
    expect(local(findInterviewDate(thread, parseDates, december))).toBe('2027-1-12 10:00');
  });

  it('keeps the far date when the message time is known', () => {
    const text = 'The interview is on November 20 at 2pm.';
    expect(local(findInterviewDate(sent(text, feb26), parseDates, december))).toBe(
      '2026-11-20 14:00',
    );
  });
});
