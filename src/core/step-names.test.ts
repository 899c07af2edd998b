import { expect, it } from 'vitest';
import { getMessage, type CatalogueLocale } from '../../test/catalogue-messages';
import { STEP_KINDS } from './interview';
import { STEP_NAME_KEYS } from './step-names';

const names = (locale: CatalogueLocale): string[] =>
  STEP_KINDS.map((step) => getMessage(STEP_NAME_KEYS[step], [], locale));

it('names each step in English with the exact strings of the product contract', () => {
  expect(names('en')).toEqual([
    'Thank-you note',
    'Thank-you card',
    'Check-in',
    'Second check-in',
    'Feedback request',
  ]);
  expect(Object.keys(STEP_NAME_KEYS).sort()).toEqual([...STEP_KINDS].sort());
});

it('names each step in every shipped language with the translators’ words', () => {
  expect(names('es')).toEqual([
    'Mensaje de agradecimiento',
    'Tarjeta de agradecimiento',
    'Consulta',
    'Segunda consulta',
    'Petición de comentarios',
  ]);
  expect(names('de')).toEqual([
    'Dankesnachricht',
    'Dankeskarte',
    'Nachfrage',
    'Zweite Nachfrage',
    'Bitte um Feedback',
  ]);
  expect(names('fr')).toEqual([
    'Message de remerciement',
    'Carte de remerciement',
    'Relance',
    'Deuxième relance',
    'Demande de retour',
  ]);
  expect(names('pt_BR')).toEqual([
    'Mensagem de agradecimento',
    'Cartão de agradecimento',
    'Consulta',
    'Segunda consulta',
    'Pedido de feedback',
  ]);
});
