import browser from 'webextension-polyfill';
import * as interviews from '../storage/interviews';
import type { TemplateLanguage } from '../core/languages';
import type { Template } from '../core/templates';
import { backupTemplateLists, makeBackup, type Backup, type ImportMode } from '../storage/backup';
import { eraseAll, putMany, removeMany } from '../storage/bulk';
import { planImport } from '../storage/import-plan';
import { DEFAULT_SETTINGS, readSettings, saveSettings } from '../storage/settings';
import { TEMPLATE_LIMITS } from '../storage/template-schema';
import {
  readStoredTemplates,
  readTemplates,
  saveTemplates,
  type SyncProblem,
} from '../storage/templates';
import type { EraseResult, ImportResult } from '../messaging/protocol';
import { writeQueue } from '../storage/write-queue';

/** Export, import and erase: the background does them, as the single writer of interviews. */

export async function exportBackup(now: number): Promise<Backup> {
  const [all, { settings }, stored, { templates: english }] = await Promise.all([
    interviews.getAll(),
    readSettings(),
    readStoredTemplates(),
    readTemplates('en'),
  ]);
  return makeBackup(all, settings, { ...stored, en: english }, now);
}

/**
 * One language's list from a backup. Replace takes the backup's list; merge adds only templates
 * whose id is not there yet.
 */
async function importTemplateList(
  language: TemplateLanguage,
  incoming: Template[],
  mode: ImportMode,
): Promise<{ count: number; problem?: SyncProblem }> {
  const { templates: current } = await readTemplates(language);
  const known = new Set(current.map((template) => template.id));
  const fresh = incoming.filter((template) => !known.has(template.id));
  const next =
    mode === 'replace' ? incoming : [...current, ...fresh].slice(0, TEMPLATE_LIMITS.count);
  const written = mode === 'replace' ? next.length : next.length - current.length;
  if (written === 0) return { count: 0 };
  const saved = await saveTemplates(next, language);
  return saved.problem ? { count: written, problem: saved.problem } : { count: written };
}

/** Every language the backup has; a language it lacks is left as it is, in both modes. */
async function importTemplates(
  backup: Backup,
  mode: ImportMode,
): Promise<{ count: number; problem?: SyncProblem }> {
  let count = 0;
  let problem: SyncProblem | undefined;
  for (const [language, list] of backupTemplateLists(backup)) {
    const result = await importTemplateList(language, list, mode);
    count += result.count;
    problem ??= result.problem;
  }
  return problem ? { count, problem } : { count };
}

export async function importBackup(backup: Backup, mode: ImportMode): Promise<ImportResult> {
  // Read, plan and write in one queued task: a change made meanwhile cannot be overwritten.
  const plan = await writeQueue.run(async () => {
    const planned = planImport(await interviews.getAll(), backup.interviews, mode);
    // Written before anything is removed: a failed write leaves the old records in place.
    await putMany([...planned.added, ...planned.updated]);
    await removeMany(planned.removed.map((interview) => interview.id));
    return planned;
  });
  const replaceSettings = mode === 'replace' && backup.settings !== undefined;
  if (replaceSettings) await saveSettings({ ...DEFAULT_SETTINGS, ...backup.settings });
  const templates = await importTemplates(backup, mode);
  return {
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged.length,
    removed: plan.removed.length,
    settings: replaceSettings,
    templates: templates.count,
    ...(templates.problem ? { templatesProblem: templates.problem } : {}),
  };
}

/** Deletes every record and setting, and every notification still showing. */
export async function eraseEverything(): Promise<EraseResult> {
  const result = await writeQueue.run(async () => {
    const deleted = (await interviews.getAll()).length;
    return { deleted, syncCleared: await eraseAll() };
  });
  const shown = await browser.notifications.getAll();
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
  return result;
}
