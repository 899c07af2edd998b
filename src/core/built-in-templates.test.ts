import { describe, expect, it } from 'vitest';
import { getMessage } from '../../test/catalogue-messages';
import { builtInTemplates, promptsIn } from './built-in-templates';
import { STEP_KINDS } from './interview';
import { TEMPLATE_LANGUAGES } from './languages';
import { PLACEHOLDERS } from './placeholders';
import { STEP_NAME_KEYS } from './step-names';
import { templateForStep } from './templates';

/** The `{placeholder}`s a text uses, sorted, each once. */
const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();

const english = builtInTemplates('en');
const translations = TEMPLATE_LANGUAGES.filter((language) => language !== 'en');

describe.each(translations)('the %s built-in templates', (language) => {
  const templates = builtInTemplates(language);

  it('are the English ones in another language: same ids, steps and order', () => {
    expect(templates.map(({ id, step, builtIn }) => ({ id, step, builtIn }))).toEqual(
      english.map(({ id, step, builtIn }) => ({ id, step, builtIn })),
    );
    for (const step of STEP_KINDS) expect(templateForStep(templates, step)).toBeDefined();
  });

  it('use the same placeholders as the English ones, in subject and body', () => {
    templates.forEach((template, index) => {
      const original = english[index];
      expect(placeholdersOf(template.subject), template.id).toEqual(
        placeholdersOf(original?.subject ?? ''),
      );
      expect(placeholdersOf(template.body), template.id).toEqual(
        placeholdersOf(original?.body ?? ''),
      );
    });
  });

  it('are written anew: no name, subject or paragraph is left in English', () => {
    templates.forEach((template, index) => {
      const original = english[index];
      expect(template.name).not.toBe(original?.name);
      if (original?.subject) expect(template.subject).not.toBe(original.subject);
      const paragraphs = new Set(original?.body.split('\n\n'));
      expect(template.body.split('\n\n').filter((p) => paragraphs.has(p))).toEqual([]);
    });
  });

  it('have a prompt for every placeholder, in brackets and translated', () => {
    const prompts = promptsIn(language);
    for (const { name, prompt } of PLACEHOLDERS) {
      expect(prompts[name]).toMatch(/^\[[^\]{}]+\]$/);
      expect(prompts[name], name).not.toBe(prompt);
    }
  });
});

it.each(TEMPLATE_LANGUAGES)(
  'names the %s step templates as its catalogue names the steps',
  (language) => {
    const stepTemplates = builtInTemplates(language).filter((template) => template.step);
    expect(stepTemplates).toHaveLength(STEP_KINDS.length);
    for (const { name, step = 'thankYou' } of stepTemplates) {
      expect(name).toBe(getMessage(STEP_NAME_KEYS[step], [], language));
    }
  },
);

it('keeps the built-ins frozen, since "restore" copies them back', () => {
  for (const language of TEMPLATE_LANGUAGES) {
    expect(Object.isFrozen(builtInTemplates(language))).toBe(true);
    expect(builtInTemplates(language).every(Object.isFrozen)).toBe(true);
  }
});
