import browser from 'webextension-polyfill';
import { isQuotaError } from './quota';
import * as v from 'valibot';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../core/settings';
import { describeIssues } from './issues';
import { SETTINGS_KEY } from './keys';
import { quarantine } from './quarantine';
import { SettingsFieldSchemas, SettingsSchema } from './schema';

/**
 * Settings follow the user across devices in storage.sync. When sync fails (disabled, offline,
 * quota) they are kept in storage.local instead and the caller gets a clear error to show. A
 * local copy exists only while sync is failing (a successful sync write removes it), so when
 * present it is the newer one.
 */

export interface Settings extends PlanSettings {
  /** Signs the templates. */
  myName: string;
  /** The `{signature}` placeholder: lines the user signs with (title, phone, profile link). */
  signature: string;
}

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_PLAN_SETTINGS, myName: '', signature: '' };

export type SettingsSource = 'sync' | 'local' | 'default';

export interface SettingsRead {
  settings: Settings;
  source: SettingsSource;
  /** Why sync was not used, or which stored fields were invalid; for the user to see. */
  error?: string;
}

export interface SettingsSaved {
  settings: Settings;
  storedIn: 'sync' | 'local';
  error?: string;
}

type FieldName = keyof typeof SettingsFieldSchemas;
const FIELD_NAMES = Object.keys(SettingsFieldSchemas) as FieldName[];

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Each valid stored field over its default; an invalid field falls back alone. */
function mergeOverDefaults(stored: unknown): { settings: Settings; problems: string[] } {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS }, problems: ['settings: not an object'] };
  }
  const record = stored as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const name of FIELD_NAMES) {
    if (record[name] === undefined) continue;
    const parsed = v.safeParse(SettingsFieldSchemas[name], record[name]);
    if (parsed.success) merged[name] = parsed.output;
    else problems.push(`${name}: ${describeIssues(parsed.issues)}`);
  }
  // Every field was either validated or taken from the defaults.
  return { settings: v.parse(SettingsSchema, merged), problems };
}

type Area = 'sync' | 'local';

/** Invalid fields are kept in the quarantine and the cleaned settings written back once. */
async function clean(area: Area, stored: unknown): Promise<SettingsRead> {
  const { settings, problems } = mergeOverDefaults(stored);
  if (problems.length === 0) return { settings, source: area };
  const error = `Some settings were invalid and reset to defaults (${problems.join('; ')})`;
  await quarantine([{ key: `${area}:${SETTINGS_KEY}`, value: stored, error }], {
    removeKeys: false,
  });
  // Best effort: the original is safe in the quarantine, and a failed write only means the
  // same cleaning happens at the next read.
  await browser.storage[area].set({ [SETTINGS_KEY]: settings }).catch(() => undefined);
  return { settings, source: area, error };
}

export async function readSettings(): Promise<SettingsRead> {
  const local = await browser.storage.local.get(SETTINGS_KEY);
  if (local[SETTINGS_KEY] !== undefined) return clean('local', local[SETTINGS_KEY]);
  try {
    const synced = await browser.storage.sync.get(SETTINGS_KEY);
    if (synced[SETTINGS_KEY] === undefined)
      return { settings: { ...DEFAULT_SETTINGS }, source: 'default' };
    return await clean('sync', synced[SETTINGS_KEY]);
  } catch (error) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      source: 'default',
      error: `Could not read settings from sync storage (${messageOf(error)}); using the defaults.`,
    };
  }
}

export async function getSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Applies `changes` over the current settings; throws with the reason if they are invalid. */
export async function saveSettings(changes: Partial<Settings>): Promise<SettingsSaved> {
  const { settings: current } = await readSettings();
  const parsed = v.safeParse(SettingsSchema, { ...current, ...changes });
  if (!parsed.success) throw new Error(`Invalid settings: ${describeIssues(parsed.issues)}`);
  const settings = parsed.output;
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  } catch (error) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    // The reason only, in the user's words: the options page says where the settings went.
    const reason = isQuotaError(error)
      ? 'sync storage is full.'
      : `sync storage failed (${messageOf(error)}).`;
    console.warn('Settings were saved on this device only:', error);
    return { settings, storedIn: 'local', error: reason };
  }
  await browser.storage.local.remove(SETTINGS_KEY);
  return { settings, storedIn: 'sync' };
}
