import { expect, it } from 'vitest';
import { STEP_KINDS } from './interview';
import { STEP_NAMES, stepName } from './step-names';

it('names each step with the exact strings of the product contract', () => {
  expect(STEP_KINDS.map(stepName)).toEqual([
    'Thank-you note',
    'Thank-you card',
    'Check-in',
    'Second check-in',
    'Feedback request',
  ]);
  expect(Object.keys(STEP_NAMES).sort()).toEqual([...STEP_KINDS].sort());
});
