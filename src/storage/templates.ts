import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { builtInTemplates } from '../core/built-in-templates';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../core/languages';
import type { Template } from '../core/templates';
import { describeIssues } from './issues';
import { localTemplatesKey } from './keys';
import { ensureMigrated } from './migrations';
import { quarantine, type QuarantineEntry } from './quarantine';
import { isQuotaError } from './quota';
import { SYNC_QUOTA_BYTES_PER_ITEM, SYNC_TEMPLATE_BUDGET, syncItemBytes } from './sync-size';
import { TemplateListSchema, TemplateSchema } from './template-schema';

/**
 * The user's templates follow them across devices in storage.sync, one item per template (each
 * under the 8 KB item quota) plus an index of ids in their order, one list per language: saving
 * the Spanish list never rewrites the English one, and a language the user never edited reads as
 * its built-ins (so it takes no sync space). English keeps the keys it had before languages
 * (`templates`, `template:<id>`), so English templates stored then, or by an older version on
 * another device, are read as they are; the others are `templates:<language>` and
 * `template:<language>:<id>` (ids hold no colon). When a list is too long for sync, or sync
 * fails, it is kept in storage.local (`templates:local:<language>`) instead and the caller is
 * told why. As with settings, that local copy exists only while sync is not used (a successful
 * sync write removes it), so when present it is the newer one.
 */
export const TEMPLATE_INDEX_KEY = 'templates';

export const templateIndexKey = (language: TemplateLanguage): string =>
  language === 'en' ? TEMPLATE_INDEX_KEY : `${TEMPLATE_INDEX_KEY}:${language}`;

export const templateKey = (id: string, language: TemplateLanguage = 'en'): string =>
  language === 'en' ? `template:${id}` : `template:${language}:${id}`;

export type TemplatesSource = 'sync' | 'local' | 'default';

/** Why templates were kept on this device: structured, so the page can say it in the UI language. */
export type SyncProblem =
  | { kind: 'itemTooLarge'; name: string }
  | { kind: 'totalTooLarge' }
  /** Sync as a whole (settings and templates, 100 KB) or its write rate is over a quota. */
  | { kind: 'syncFull' }
  | { kind: 'syncFailed'; detail: string };

export interface TemplatesRead {
  templates: Template[];
  source: TemplatesSource;
  /** Records that failed validation (kept in the quarantine) or a sync read failure. */
  error?: string;
}

export interface TemplatesSaved {
  templates: Template[];
  storedIn: 'sync' | 'local';
  problem?: SyncProblem;
}

export const defaultTemplates = (language: TemplateLanguage = 'en'): Template[] =>
  builtInTemplates(language).map((template) => ({ ...template }));

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Keeps the valid templates; the others go to the quarantine with the reason. */
async function clean(area: 'sync' | 'local', entries: [string, unknown][]): Promise<TemplatesRead> {
  const templates: Template[] = [];
  const problems: QuarantineEntry[] = [];
  for (const [key, value] of entries) {
    const parsed = v.safeParse(TemplateSchema, value);
    if (parsed.success) templates.push(parsed.output);
    else problems.push({ key: `${area}:${key}`, value, error: describeIssues(parsed.issues) });
  }
  await quarantine(problems, { removeKeys: false });
  if (problems.length === 0) return { templates, source: area };
  return { templates, source: area, error: problems.map((p) => p.error).join('; ') };
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

async function readSynced(language: TemplateLanguage): Promise<TemplatesRead> {
  const indexKey = templateIndexKey(language);
  const index = (await browser.storage.sync.get(indexKey))[indexKey];
  if (index === undefined) return { templates: defaultTemplates(language), source: 'default' };
  if (!isIdList(index)) {
    await quarantine([{ key: `sync:${indexKey}`, value: index, error: 'Not a list' }], {
      removeKeys: false,
    });
    return {
      templates: defaultTemplates(language),
      source: 'default',
      error: 'The template list was damaged',
    };
  }
  const keys = index.map((id) => templateKey(id, language));
  const items = await browser.storage.sync.get(keys);
  // Sync may deliver the index before a template from another device: skip it until it arrives.
  const present = keys
    .map((key): [string, unknown] => [key, items[key]])
    .filter(([, value]) => value !== undefined);
  return clean('sync', present);
}

/** One language's list: the local copy, else the synced one, else the built-ins. */
export async function readTemplates(language: TemplateLanguage = 'en'): Promise<TemplatesRead> {
  await ensureMigrated();
  const localKey = localTemplatesKey(language);
  const local = (await browser.storage.local.get(localKey))[localKey];
  if (local !== undefined) {
    const list: unknown[] = Array.isArray(local) ? local : [local];
    return clean(
      'local',
      list.map((value, index): [string, unknown] => [`${localKey}.${index}`, value]),
    );
  }
  try {
    return await readSynced(language);
  } catch (error) {
    return {
      templates: defaultTemplates(language),
      source: 'default',
      error: `Could not read templates from sync storage (${messageOf(error)})`,
    };
  }
}

/** Every language's list, for a backup: only those the user has stored, not the built-ins. */
export async function readStoredTemplates(): Promise<
  Partial<Record<TemplateLanguage, Template[]>>
> {
  const lists: Partial<Record<TemplateLanguage, Template[]>> = {};
  for (const language of TEMPLATE_LANGUAGES) {
    const read = await readTemplates(language);
    if (read.source !== 'default') lists[language] = read.templates;
  }
  return lists;
}

/** The sync items for a list, or why they would not fit. */
function syncItems(
  templates: readonly Template[],
  language: TemplateLanguage,
): { items: Record<string, unknown> } | { problem: SyncProblem } {
  const indexKey = templateIndexKey(language);
  const items: Record<string, unknown> = {
    [indexKey]: templates.map((template) => template.id),
  };
  let total = syncItemBytes(indexKey, items[indexKey]);
  for (const template of templates) {
    const key = templateKey(template.id, language);
    const bytes = syncItemBytes(key, template);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      return { problem: { kind: 'itemTooLarge', name: template.name } };
    }
    total += bytes;
    items[key] = template;
  }
  return total > SYNC_TEMPLATE_BUDGET ? { problem: { kind: 'totalTooLarge' } } : { items };
}

async function writeSync(
  items: Record<string, unknown>,
  ids: readonly string[],
  language: TemplateLanguage,
): Promise<void> {
  const indexKey = templateIndexKey(language);
  const previous = (await browser.storage.sync.get(indexKey))[indexKey];
  const stale = isIdList(previous) ? previous.filter((id) => !ids.includes(id)) : [];
  // The new items and index first: a failure after this leaves extra items, never a lost one.
  await browser.storage.sync.set(items);
  if (stale.length > 0) {
    await browser.storage.sync.remove(stale.map((id) => templateKey(id, language)));
  }
}

/** Replaces one language's whole list; throws with the reason when it is invalid. */
export async function saveTemplates(
  input: readonly Template[],
  language: TemplateLanguage = 'en',
): Promise<TemplatesSaved> {
  await ensureMigrated();
  const parsed = v.safeParse(TemplateListSchema, input);
  if (!parsed.success) throw new Error(`Invalid templates: ${describeIssues(parsed.issues)}`);
  const templates = parsed.output;
  const fit = syncItems(templates, language);
  let problem: SyncProblem;
  if ('problem' in fit) {
    problem = fit.problem;
  } else {
    try {
      await writeSync(
        fit.items,
        templates.map((template) => template.id),
        language,
      );
      await browser.storage.local.remove(localTemplatesKey(language));
      return { templates, storedIn: 'sync' };
    } catch (error) {
      // Chrome's quota messages ("kQuotaBytes quota exceeded") mean nothing to a user.
      problem = isQuotaError(error)
        ? { kind: 'syncFull' }
        : { kind: 'syncFailed', detail: messageOf(error) };
    }
  }
  await browser.storage.local.set({ [localTemplatesKey(language)]: templates });
  console.warn('Templates were saved on this device only', problem);
  return { templates, storedIn: 'local', problem };
}
