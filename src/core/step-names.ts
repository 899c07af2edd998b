import type { StepKind } from './interview';

/**
 * The catalogue key of each step's name. Core has no catalogue (it uses no browser API), so it
 * names the message and the UI layers translate it (src/ui/step-name.ts). The English messages
 * ("Thank-you note", "Check-in", …) are part of the product contract; other languages translate
 * them, and the acceptance tests look them up by these keys.
 */
export const STEP_NAME_KEYS = {
  thankYou: 'stepThankYou',
  thankYouCard: 'stepThankYouCard',
  checkIn: 'stepCheckIn',
  secondCheckIn: 'stepSecondCheckIn',
  feedback: 'stepFeedback',
} as const satisfies Readonly<Record<StepKind, string>>;

export type StepNameKey = (typeof STEP_NAME_KEYS)[StepKind];
