import * as v from 'valibot';
import type { Interview } from '../core/interview';
import type { TemplateLanguage } from '../core/languages';
import type { Template } from '../core/templates';
import { isMailUrl, siteNames } from '../core/sites';
import { describeIssues } from './issues';
import { InterviewEventSchema, InterviewSchema, SettingsSchema, ThreadRefSchema } from './schema';
import type { Settings } from './settings';
import { TemplateListSchema } from './template-schema';

/**
 * The JSON backup file. Its `format` names it and `version` is its layout, so a later version can
 * read this one and this one can refuse a newer one with a clear reason. An import is untrusted
 * input from disk: stricter than what storage accepts (lengths, counts, ids usable as keys, thread
 * links only to the mail sites), and nothing outside the schema survives parsing.
 */
export const BACKUP_FORMAT = 'interview-follow-up-backup';
export const BACKUP_VERSION = 1;
/** Files above this are refused before they are read: a backup of 1,000 interviews is ~1 MB. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
export const MAX_BACKUP_INTERVIEWS = 10_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  interviews: Interview[];
  settings?: Partial<Settings>;
  /** The English templates: where version 1 of the extension wrote and reads them. */
  templates?: Template[];
  /**
   * The other languages the user stored (a language never edited is its built-ins and left out).
   * An older version ignores this and imports the English list alone.
   */
  templatesByLanguage?: Partial<Record<Exclude<TemplateLanguage, 'en'>, Template[]>>;
}

export type ImportMode = 'merge' | 'replace';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const ContactSchema = v.object({ name: text(200), email: text(320), title: v.optional(text(200)) });

export const ImportedInterviewSchema = v.object({
  ...InterviewSchema.entries,
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,100}$/, 'Interview ids are letters, digits and dashes')),
  company: text(200),
  role: text(300),
  interviewer: ContactSchema,
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(50)),
  thread: v.optional(
    v.object({
      ...ThreadRefSchema.entries,
      threadId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(1000)),
      url: v.pipe(text(2000), v.check(isMailUrl, `Thread links must go to ${siteNames()}`)),
      subject: text(1000),
    }),
  ),
  notes: text(20_000),
  events: v.pipe(v.array(InterviewEventSchema), v.maxLength(2000)),
});

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.number(), v.finite()),
  interviews: v.pipe(
    v.array(ImportedInterviewSchema),
    v.maxLength(MAX_BACKUP_INTERVIEWS),
    v.check(
      (list) => new Set(list.map((interview) => interview.id)).size === list.length,
      'Two interviews have the same id',
    ),
  ),
  settings: v.optional(v.partial(SettingsSchema)),
  templates: v.optional(TemplateListSchema),
  templatesByLanguage: v.optional(
    v.partial(
      v.object({
        es: TemplateListSchema,
        de: TemplateListSchema,
        fr: TemplateListSchema,
        pt_BR: TemplateListSchema,
      }),
    ),
  ),
});

export type BackupProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notBackup' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; detail: string };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A backup file's text to a backup, or the reason it is refused. */
export function parseBackup(textContent: string, bytes: number): ParsedBackup {
  if (bytes > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'tooLarge' } };
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'notBackup' } };
  }
  if (typeof json.version === 'number' && json.version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newerVersion', version: json.version } };
  }
  const parsed = v.safeParse(BackupSchema, json);
  if (!parsed.success) {
    return { ok: false, problem: { kind: 'invalid', detail: describeIssues(parsed.issues) } };
  }
  return { ok: true, backup: parsed.output };
}

/** `templates` holds each stored language's list; English also when it is the built-ins. */
export function makeBackup(
  interviews: Interview[],
  settings: Settings,
  templates: { en: Template[] } & Partial<Record<TemplateLanguage, Template[]>>,
  now: number,
): Backup {
  const { en, ...others } = templates;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    interviews,
    settings,
    templates: en,
    ...(Object.keys(others).length > 0 ? { templatesByLanguage: others } : {}),
  };
}

/** A backup's template lists by language, English included. */
export const backupTemplateLists = (
  backup: Pick<Backup, 'templates' | 'templatesByLanguage'>,
): [TemplateLanguage, Template[]][] => [
  ...(backup.templates ? [['en', backup.templates] as [TemplateLanguage, Template[]]] : []),
  ...(Object.entries(backup.templatesByLanguage ?? {}) as [TemplateLanguage, Template[]][]),
];
