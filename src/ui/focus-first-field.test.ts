import { afterEach, describe, expect, it } from 'vitest';
import { focusFirstField } from './focus-first-field';

/** A form with Company and Role fields, in the document or in a shadow root. */
function form(inShadow: boolean): {
  box: HTMLElement;
  company: HTMLInputElement;
  role: HTMLInputElement;
} {
  const box = document.createElement('div');
  const [company, role] = [document.createElement('input'), document.createElement('input')];
  box.append(company, role);
  if (inShadow) {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(box);
    document.body.append(host);
  } else {
    document.body.append(box);
  }
  return { box, company, role };
}

const active = (box: HTMLElement) => (box.getRootNode() as Document | ShadowRoot).activeElement;

describe('focusFirstField', () => {
  afterEach(() => document.body.replaceChildren());

  for (const inShadow of [false, true]) {
    const where = inShadow ? 'in a shadow root' : 'in the page';
    it(`focuses the first field of a form just opened, ${where}`, () => {
      const { box, company } = form(inShadow);
      focusFirstField(box);
      expect(active(box)).toBe(company);
    });

    it(`leaves the focus in the field the user is already typing in, ${where}`, () => {
      const { box, role } = form(inShadow);
      role.focus();
      focusFirstField(box);
      expect(active(box)).toBe(role);
    });
  }
});
