import { act } from '@testing-library/preact';

/**
 * Sets each field's value and fires its `input` event, all before Preact re-renders (act renders
 * once, after them all), as an autofill or a fast test driver does. A form that builds each change
 * on the render's values instead of the current state loses all but the last.
 */
export function typeAtOnce(entries: readonly (readonly [HTMLElement, string])[]): void {
  act(() => {
    for (const [field, value] of entries) {
      (field as HTMLInputElement).value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}
