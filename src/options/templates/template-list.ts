import type { Template } from '../../core/templates';
import { builtInTemplates } from '../../core/built-in-templates';
import type { TemplateLanguage } from '../../core/languages';

/** Pure edits of the template list; the editor saves the result with `templates/save`. */

export const newTemplateId = (): string => `custom-${crypto.randomUUID()}`;

export function addTemplate(list: readonly Template[], name: string): Template[] {
  return [...list, { id: newTemplateId(), name, subject: '', body: '' }];
}

/** A copy is the user's own, even of a built-in one: it then wins for its step. */
export function duplicateTemplate(list: readonly Template[], id: string, name: string): Template[] {
  const index = list.findIndex((template) => template.id === id);
  const original = list[index];
  if (!original) return [...list];
  const copy: Template = { ...original, id: newTemplateId(), name };
  delete copy.builtIn;
  return [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
}

export const deleteTemplate = (list: readonly Template[], id: string): Template[] =>
  list.filter((template) => template.id !== id);

export const updateTemplate = (
  list: readonly Template[],
  id: string,
  changes: Partial<Template>,
): Template[] =>
  list.map((template) => (template.id === id ? { ...template, ...changes } : template));

/**
 * The language's built-in templates as shipped, in their order, followed by the user's own ones,
 * kept. Only that language's list changes: the others are lists of their own.
 */
export function restoreDefaults(list: readonly Template[], language: TemplateLanguage): Template[] {
  const builtIns = builtInTemplates(language);
  const builtInIds = new Set(builtIns.map((template) => template.id));
  return [
    ...builtIns.map((template) => ({ ...template })),
    ...list.filter((template) => !builtInIds.has(template.id)),
  ];
}
