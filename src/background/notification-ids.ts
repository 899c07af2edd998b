import { STEP_KINDS, type StepKind } from '../core/interview';

/**
 * Notification ids carry what a click needs: `step:<interviewId>:<step>` for one reminder, so
 * re-notifying the same step replaces it rather than stacking; `digest:<time>` for a digest.
 */
export type NotificationTarget =
  { kind: 'step'; interviewId: string; step: StepKind } | { kind: 'digest' };

export const stepNotificationId = (interviewId: string, step: StepKind): string =>
  `step:${interviewId}:${step}`;

export const digestNotificationId = (now: number): string => `digest:${now}`;

const isStepKind = (value: string): value is StepKind =>
  (STEP_KINDS as readonly string[]).includes(value);

/** Split at the last colon: the step never contains one, an imported id might. */
export function parseNotificationId(id: string): NotificationTarget | undefined {
  if (id.startsWith('digest:')) return { kind: 'digest' };
  if (!id.startsWith('step:')) return undefined;
  const rest = id.slice('step:'.length);
  const colon = rest.lastIndexOf(':');
  const interviewId = rest.slice(0, colon);
  const step = rest.slice(colon + 1);
  if (colon <= 0 || !isStepKind(step)) return undefined;
  return { kind: 'step', interviewId, step };
}
