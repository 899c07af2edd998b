import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { BUILT_IN_TEMPLATES } from '../core/built-in-templates';
import type { Template } from '../core/templates';
import { describeIssues } from './issues';
import { quarantine, type QuarantineEntry } from './quarantine';
import { isQuotaError } from './quota';
import { SYNC_QUOTA_BYTES_PER_ITEM, SYNC_TEMPLATE_BUDGET, syncItemBytes } from './sync-size';
import { TemplateListSchema, TemplateSchema } from './template-schema';

/**
 * The user's templates follow them across devices in storage.sync, one item per template
 * (`template:<id>`, each under the 8 KB item quota) plus an index of ids in their order. When a
 * template is too long for sync, or sync fails, the whole list is kept in storage.local instead
 * and the caller is told why. As with settings, that local copy exists only while sync is not
 * used (a successful sync write removes it), so when present it is the newer one.
 */
export const TEMPLATE_INDEX_KEY = 'templates';
export const LOCAL_TEMPLATES_KEY = 'templates:local';
const TEMPLATE_PREFIX = 'template:';

export const templateKey = (id: string): string => `${TEMPLATE_PREFIX}${id}`;

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

export const defaultTemplates = (): Template[] =>
  BUILT_IN_TEMPLATES.map((template) => ({ ...template }));

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

async function readSynced(): Promise<TemplatesRead> {
  const index = (await browser.storage.sync.get(TEMPLATE_INDEX_KEY))[TEMPLATE_INDEX_KEY];
  if (index === undefined) return { templates: defaultTemplates(), source: 'default' };
  if (!isIdList(index)) {
    await quarantine([{ key: `sync:${TEMPLATE_INDEX_KEY}`, value: index, error: 'Not a list' }], {
      removeKeys: false,
    });
    return {
      templates: defaultTemplates(),
      source: 'default',
      error: 'The template list was damaged',
    };
  }
  const items = await browser.storage.sync.get(index.map(templateKey));
  // Sync may deliver the index before a template from another device: skip it until it arrives.
  const present = index
    .map((id): [string, unknown] => [templateKey(id), items[templateKey(id)]])
    .filter(([, value]) => value !== undefined);
  return clean('sync', present);
}

export async function readTemplates(): Promise<TemplatesRead> {
  const local = (await browser.storage.local.get(LOCAL_TEMPLATES_KEY))[LOCAL_TEMPLATES_KEY];
  if (local !== undefined) {
    const list: unknown[] = Array.isArray(local) ? local : [local];
    return clean(
      'local',
      list.map((value, index): [string, unknown] => [`${LOCAL_TEMPLATES_KEY}.${index}`, value]),
    );
  }
  try {
    return await readSynced();
  } catch (error) {
    return {
      templates: defaultTemplates(),
      source: 'default',
      error: `Could not read templates from sync storage (${messageOf(error)})`,
    };
  }
}

/** The sync items for a list, or why they would not fit. */
function syncItems(
  templates: readonly Template[],
): { items: Record<string, unknown> } | { problem: SyncProblem } {
  const items: Record<string, unknown> = {
    [TEMPLATE_INDEX_KEY]: templates.map((template) => template.id),
  };
  let total = syncItemBytes(TEMPLATE_INDEX_KEY, items[TEMPLATE_INDEX_KEY]);
  for (const template of templates) {
    const key = templateKey(template.id);
    const bytes = syncItemBytes(key, template);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      return { problem: { kind: 'itemTooLarge', name: template.name } };
    }
    total += bytes;
    items[key] = template;
  }
  return total > SYNC_TEMPLATE_BUDGET ? { problem: { kind: 'totalTooLarge' } } : { items };
}

async function writeSync(items: Record<string, unknown>, ids: readonly string[]): Promise<void> {
  const previous = (await browser.storage.sync.get(TEMPLATE_INDEX_KEY))[TEMPLATE_INDEX_KEY];
  const stale = isIdList(previous) ? previous.filter((id) => !ids.includes(id)) : [];
  // The new items and index first: a failure after this leaves extra items, never a lost one.
  await browser.storage.sync.set(items);
  if (stale.length > 0) await browser.storage.sync.remove(stale.map(templateKey));
}

/** Replaces the whole list; throws with the reason when it is invalid. */
export async function saveTemplates(input: readonly Template[]): Promise<TemplatesSaved> {
  const parsed = v.safeParse(TemplateListSchema, input);
  if (!parsed.success) throw new Error(`Invalid templates: ${describeIssues(parsed.issues)}`);
  const templates = parsed.output;
  const fit = syncItems(templates);
  let problem: SyncProblem;
  if ('problem' in fit) {
    problem = fit.problem;
  } else {
    try {
      await writeSync(
        fit.items,
        templates.map((template) => template.id),
      );
      await browser.storage.local.remove(LOCAL_TEMPLATES_KEY);
      return { templates, storedIn: 'sync' };
    } catch (error) {
      // Chrome's quota messages ("kQuotaBytes quota exceeded") mean nothing to a user.
      problem = isQuotaError(error)
        ? { kind: 'syncFull' }
        : { kind: 'syncFailed', detail: messageOf(error) };
    }
  }
  await browser.storage.local.set({ [LOCAL_TEMPLATES_KEY]: templates });
  console.warn('Templates were saved on this device only', problem);
  return { templates, storedIn: 'local', problem };
}
