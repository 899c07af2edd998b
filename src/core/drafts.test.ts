import { describe, expect, it } from 'vitest';
import { renderDrafts } from './drafts';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import type { Template } from './templates';

const interview = {
  company: 'Acme <b>Corp</b>',
  role: 'Engineer',
  interviewer: { name: 'Dana Whitaker', email: 'dana@acme.com' },
  start: Date.parse('2026-03-03T14:00:00-05:00'),
};

describe('renderDrafts', () => {
  it('renders every template for the interview, as text and escaped markup', () => {
    const drafts = renderDrafts(BUILT_IN_TEMPLATES, interview, 'Alex Morgan');
    expect(drafts).toHaveLength(BUILT_IN_TEMPLATES.length);
    const thankYou = drafts.find((draft) => draft.step === 'thankYou');
    expect(thankYou?.text).toContain('Dana');
    expect(thankYou?.text).toContain('Acme <b>Corp</b>');
    expect(thankYou?.html).toContain('Acme &lt;b&gt;Corp&lt;/b&gt;');
    expect(thankYou?.html).not.toContain('<b>');
  });

  it('leaves prompts where nothing is known', () => {
    const drafts = renderDrafts(BUILT_IN_TEMPLATES, null, '');
    expect(drafts.find((draft) => draft.step === 'thankYou')?.text).toContain(
      "[interviewer's first name]",
    );
  });

  it("puts the user's own template for a step before the built-in one", () => {
    const mine: Template = {
      id: 'mine',
      name: 'Mine',
      step: 'thankYou',
      subject: 'Hi',
      body: 'Thanks {firstName}',
    };
    const drafts = renderDrafts([...BUILT_IN_TEMPLATES, mine], interview, '');
    expect(drafts.find((draft) => draft.step === 'thankYou')?.templateId).toBe('mine');
  });
});
