import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { templateForStep, type Template } from './templates';
import { renderTemplate, unknownPlaceholders } from './render';
import { STEP_KINDS } from './interview';

const byId = (id: string): Template => {
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return template;
};

describe('BUILT_IN_TEMPLATES', () => {
  it('has a template for every step, plus a closing note and a phone script', () => {
    for (const step of STEP_KINDS) expect(templateForStep(BUILT_IN_TEMPLATES, step)).toBeDefined();
    const names = BUILT_IN_TEMPLATES.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Closing note', 'Phone call script']));
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
    expect(BUILT_IN_TEMPLATES.every((t) => t.builtIn === true)).toBe(true);
  });

  it('uses only known placeholders', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(unknownPlaceholders(t.subject + t.body), t.id).toEqual([]);
    }
  });

  it('has a thank-you note that follows the guide', () => {
    const note = byId('builtin-thank-you');
    for (const placeholder of [
      '{firstName}',
      '{role}',
      '{company}',
      '{topic}',
      '{qualification}',
      '{myName}',
    ]) {
      expect(note.body).toContain(placeholder);
    }
    expect(note.body).toMatch(/thank you for/i);
    expect(note.body).toMatch(/next steps/i);
    expect(note.body).toMatch(/interested/i);
  });

  it('has check-ins that ask for an update and restate interest', () => {
    for (const t of [
      templateForStep(BUILT_IN_TEMPLATES, 'checkIn'),
      templateForStep(BUILT_IN_TEMPLATES, 'secondCheckIn'),
    ]) {
      expect(t?.body).toMatch(/update/i);
      expect(t?.body).toMatch(/interest/i);
    }
  });

  it('has a feedback request that asks what to improve', () => {
    expect(templateForStep(BUILT_IN_TEMPLATES, 'feedback')?.body).toMatch(
      /feedback[\s\S]*better|improve/i,
    );
  });

  it('keeps every template brief', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      expect(t.body.split(/\s+/).length, t.id).toBeLessThan(110);
    }
  });

  it('renders every template with nothing but prompts left to fill', () => {
    for (const t of BUILT_IN_TEMPLATES) {
      const out = renderTemplate(t, {}, { format: 'text' });
      expect(out.body + out.subject, t.id).not.toMatch(/\{\s*\w+\s*\}/);
    }
  });

  it('cannot be modified by accident', () => {
    expect(Object.isFrozen(byId('builtin-check-in'))).toBe(true);
  });
});

describe('templateForStep', () => {
  const mine: Template = {
    id: 'mine',
    name: 'My check-in',
    step: 'checkIn',
    subject: 's',
    body: 'b',
  };

  it('prefers a template the user wrote over a built-in one, wherever it is listed', () => {
    expect(templateForStep([...BUILT_IN_TEMPLATES, mine], 'checkIn')).toBe(mine);
  });

  it('falls back to the built-in one, and to nothing when none is left', () => {
    expect(templateForStep([mine, ...BUILT_IN_TEMPLATES], 'thankYou')?.id).toBe(
      'builtin-thank-you',
    );
    expect(templateForStep([mine], 'feedback')).toBeUndefined();
  });
});
