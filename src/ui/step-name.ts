import type { StepKind } from '../core/interview';
import { STEP_NAME_KEYS } from '../core/step-names';
import { t, type MessageKey } from './i18n';

/** Fails to compile when a step's key is missing from the English catalogue. */
const KEYS: Readonly<Record<StepKind, MessageKey>> = STEP_NAME_KEYS;

/** A step's name in the UI language ("Check-in", "Consulta", "Nachfrage"). */
export const stepName = (step: StepKind): string => t(KEYS[step]);
