import type { StepKind } from './interview';

/**
 * The English name of each step. These exact strings are part of the product contract: users and
 * the acceptance tests find steps by them (`Next: Check-in`), so change them only on purpose.
 */
export const STEP_NAMES: Readonly<Record<StepKind, string>> = {
  thankYou: 'Thank-you note',
  thankYouCard: 'Thank-you card',
  checkIn: 'Check-in',
  secondCheckIn: 'Second check-in',
  feedback: 'Feedback request',
};

export function stepName(step: StepKind): string {
  return STEP_NAMES[step];
}
