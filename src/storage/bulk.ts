import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { Interview } from '../core/interview';
import * as cache from './interview-cache';
import { describeIssues } from './issues';
import { interviewKey, SETTINGS_KEY } from './keys';
import { ensureMigrated } from './migrations';
import { setLocal } from './quota';
import { InterviewSchema } from './schema';
import { TEMPLATE_LANGUAGES } from '../core/languages';
import { templateIndexKey, templateKey } from './templates';

/**
 * Writes of many interviews at once, for imports: one storage call instead of one per record, so
 * importing 1,000 interviews is one write. Only the background calls these (the single writer).
 */
export async function putMany(interviews: readonly Interview[]): Promise<void> {
  await ensureMigrated();
  const items: Record<string, Interview> = {};
  for (const interview of interviews) {
    const parsed = v.safeParse(InterviewSchema, interview);
    if (!parsed.success) {
      throw new Error(`Refusing to store an invalid interview: ${describeIssues(parsed.issues)}`);
    }
    items[interviewKey(parsed.output.id)] = parsed.output;
  }
  if (interviews.length === 0) return;
  await cache.around(() => setLocal(items));
}

export async function removeMany(ids: readonly string[]): Promise<void> {
  await ensureMigrated();
  if (ids.length > 0) await cache.around(() => browser.storage.local.remove(ids.map(interviewKey)));
}

/**
 * Deletes everything the extension keeps: every key of storage.local (interviews, the quarantine,
 * local copies of settings and templates, view preferences) and its keys in storage.sync. Returns
 * false when sync could not be cleared (sync disabled or failing): the local data is gone anyway.
 */
export async function eraseAll(): Promise<boolean> {
  await cache.around(() => browser.storage.local.clear());
  try {
    const indexKeys = TEMPLATE_LANGUAGES.map(templateIndexKey);
    const indexes = await browser.storage.sync.get(indexKeys);
    const templateKeys = TEMPLATE_LANGUAGES.flatMap((language) => {
      const index = indexes[templateIndexKey(language)];
      return Array.isArray(index)
        ? index
            .filter((id): id is string => typeof id === 'string')
            .map((id) => templateKey(id, language))
        : [];
    });
    await browser.storage.sync.remove([SETTINGS_KEY, ...indexKeys, ...templateKeys]);
    return true;
  } catch (error) {
    console.warn('Could not clear sync storage', error);
    return false;
  }
}
