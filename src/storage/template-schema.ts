import * as v from 'valibot';
import { StepKindSchema } from './schema';

/**
 * What a stored, synced or imported template must look like. The lengths keep every template
 * inside one storage.sync item (8 KB) in the common case, and an import from growing without end.
 */
export const TEMPLATE_LIMITS = { name: 100, subject: 500, body: 5000, count: 50 } as const;

/** Ids become storage keys (`template:<id>`): letters, digits, dash and underscore only. */
export const TemplateIdSchema = v.pipe(
  v.string(),
  v.regex(/^[\w-]{1,100}$/, 'Template ids are 1 to 100 letters, digits, dashes or underscores'),
);

export const TemplateSchema = v.object({
  id: TemplateIdSchema,
  name: v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.name)),
  step: v.optional(StepKindSchema),
  subject: v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.subject)),
  body: v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.body)),
  builtIn: v.optional(v.boolean()),
});

/** A whole list: bounded, and no id twice (the id is the storage key). */
export const TemplateListSchema = v.pipe(
  v.array(TemplateSchema),
  v.maxLength(TEMPLATE_LIMITS.count),
  v.check(
    (list) => new Set(list.map((template) => template.id)).size === list.length,
    'Two templates have the same id',
  ),
);
