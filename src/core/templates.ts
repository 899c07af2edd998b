import type { StepKind } from './interview';

/** A follow-up draft with `{placeholder}`s. Plain text: newlines are line breaks. */
export interface Template {
  id: string;
  name: string;
  /** The plan step this template drafts, if any (a phone script or closing note has none). */
  step?: StepKind;
  subject: string;
  body: string;
  /** Shipped with the extension; the user may still edit, delete and restore it. */
  builtIn?: boolean;
}

/**
 * The template an "Insert ..." button uses for a step: a template the user wrote beats a built-in
 * one, otherwise the list order decides. Undefined when the user deleted every template for it.
 */
export function templateForStep(
  templates: readonly Template[],
  step: StepKind,
): Template | undefined {
  const forStep = templates.filter((template) => template.step === step);
  return forStep.find((template) => !template.builtIn) ?? forStep[0];
}
