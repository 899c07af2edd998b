/**
 * Puts the keyboard in the first field of a form that just opened. Preact runs effects after the
 * first paint, so someone quick (a test driver, certainly) may be typing in another field by then:
 * they keep it. Moving the focus between a field's selection and its text sent the text to the
 * wrong field (CI saw the edited role land in Company).
 */
export function focusFirstField(container: HTMLElement | null): void {
  if (!container) return;
  // In a shadow root the document's activeElement is the host; the root knows the field.
  const root = container.getRootNode() as Document | ShadowRoot;
  if (root.activeElement && container.contains(root.activeElement)) return;
  container.querySelector<HTMLElement>('input, select, textarea')?.focus();
}
