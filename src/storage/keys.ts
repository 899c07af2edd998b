import type { TemplateLanguage } from '../core/languages';

/**
 * The storage.local layout. One key per interview keeps each write small and isolates a corrupt
 * record to itself; everything else lives under a fixed key.
 */
export const SCHEMA_VERSION_KEY = 'schemaVersion';
export const QUARANTINE_KEY = 'quarantine';
/** In storage.sync normally; in storage.local only while sync is failing (see settings.ts). */
export const SETTINGS_KEY = 'settings';

/**
 * Where a template list is kept on this device while sync fails: one key per language since
 * schema v2 (storage/templates.ts); v1 had one English list under `templates:local`.
 */
export const V1_LOCAL_TEMPLATES_KEY = 'templates:local';
export const localTemplatesKey = (language: TemplateLanguage): string =>
  `${V1_LOCAL_TEMPLATES_KEY}:${language}`;

const INTERVIEW_PREFIX = 'interview:';

export const interviewKey = (id: string): string => `${INTERVIEW_PREFIX}${id}`;

export const isInterviewKey = (key: string): boolean => key.startsWith(INTERVIEW_PREFIX);

export const idFromInterviewKey = (key: string): string => key.slice(INTERVIEW_PREFIX.length);
