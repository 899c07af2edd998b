import type { InterviewCard } from '../core/card';
import type { ListRow } from '../core/list-reply';
import type { Interview, InterviewInput, InterviewStatus, StepKind } from '../core/interview';
import type { InterviewView } from '../core/plan-types';
import type { Draft } from '../core/drafts';
import type { InvitationFacts } from '../core/invitation';
import type { InterviewPrefill } from '../core/prefill-interview';
import type { ShownMessage, ThreadFacts } from '../core/thread-facts';
import type { Settings, SettingsRead, SettingsSaved } from '../storage/settings';
import type { TemplateLanguage } from '../core/languages';
import type { Template } from '../core/templates';
import type { Backup, ImportMode } from '../storage/backup';
import type { SyncProblem, TemplatesRead, TemplatesSaved } from '../storage/templates';
import type { QuarantinedRecord } from '../storage/quarantine';

/**
 * The one message protocol between contexts. Every message is `{ name, payload }`; every answer is
 * `{ ok: true, value }` or `{ ok: false, error }`: errors never throw across contexts.
 */
export interface Protocol {
  /** Every interview in full, for exports and tests; the dashboard asks for cards. */
  'interviews/list': { req: Record<string, never>; res: InterviewView[] };
  /** The dashboard's rows: one small card per interview (core/card.ts). */
  'interviews/cards': { req: Record<string, never>; res: InterviewCard[] };
  'interviews/get': { req: { id: string }; res: InterviewView | null };
  'interviews/find-by-thread': { req: { threadId: string }; res: InterviewView | null };
  'interviews/create': { req: { input: InterviewInput }; res: InterviewView };
  'interviews/update': {
    req: { id: string; changes: Partial<InterviewInput> };
    res: InterviewView;
  };
  'interviews/delete': { req: { id: string }; res: { deleted: boolean } };
  'steps/done': { req: { id: string; step: StepKind }; res: InterviewView };
  'steps/skip': { req: { id: string; step: StepKind }; res: InterviewView };
  'steps/snooze': { req: { id: string; step: StepKind; until: number }; res: InterviewView };
  'interviews/reply': { req: { id: string; at: number }; res: InterviewView };
  'interviews/resume': { req: { id: string }; res: InterviewView };
  'interviews/close': { req: { id: string; status: InterviewStatus }; res: InterviewView };
  'storage/problems': { req: Record<string, never>; res: QuarantinedRecord[] };
  /** Settings go through the background too, so a change re-plans every alarm at once. */
  'settings/get': { req: Record<string, never>; res: SettingsRead };
  'settings/update': { req: { changes: Partial<Settings> }; res: SettingsSaved };
  /**
   * The tag form's first values, read from the thread. Date parsing (chrono-node) lives in the
   * background so the content script stays one small file.
   */
  'threads/prefill': {
    req: { facts: ThreadFacts };
    /** `userKnown`: whether this page or an earlier one showed the user's address. */
    res: InterviewPrefill & { userKnown: boolean };
  };
  /**
   * Whether an untagged thread reads like an interview invitation (core/invitation.ts): the
   * background reads its dates, as chrono-node stays out of the content script.
   */
  'threads/invitation': { req: { facts: InvitationFacts }; res: boolean };
  /**
   * A tracked thread as the page shows it now: the background reads the dates (in the page's
   * language) and records an employer reply it did not know about. Answers the view as it is then.
   */
  'threads/check-reply': {
    req: {
      id: string;
      messages: ShownMessage[];
      userEmail: string | null;
      userName?: string | null;
    };
    /**
     * The interview as it stands (null once deleted), and whether the page's message times were
     * all unreadable, so that replies cannot be noticed on it.
     */
    res: { view: InterviewView | null; repliesUnnoticeable: boolean };
  };
  /**
   * Unread rows of the inbox list (the content script sends each row once): the background picks
   * the tracked threads, reads the dates and records a reply newer than what each interview knows.
   * Answers how many interviews it recorded one for.
   */
  'threads/list-replies': { req: { rows: ListRow[] }; res: { recorded: number } };
  /** Everything a compose panel needs in one round trip: the matching interview and the drafts. */
  'compose/context': {
    /** `userName`: the name the page's account button shows, for `{myName}` while Settings has none. */
    req: { threadId: string | null; addresses: string[]; userName?: string | null };
    res: ComposeContext;
  };
  /** The dashboard's "Open thread": the background opens or focuses the tab (no tabs permission). */
  'interviews/open-thread': { req: { id: string }; res: { opened: boolean } };
  /** Undo of a delete: the record as it was, id and history included. */
  'interviews/restore': { req: { interview: Interview }; res: InterviewView };
  /**
   * One language's templates: each language is a list of its own (storage/templates.ts). English
   * when none is named, as before there were languages.
   */
  'templates/get': { req: { language?: TemplateLanguage }; res: TemplatesRead };
  /**
   * Replaces one language's whole list (the editor saves what it shows), never another's: sync,
   * or local when sync cannot.
   */
  'templates/save': {
    req: { language: TemplateLanguage; templates: Template[] };
    res: TemplatesSaved;
  };
  'data/export': { req: Record<string, never>; res: Backup };
  'data/import': { req: { backup: Backup; mode: ImportMode }; res: ImportResult };
  /** Deletes every interview, setting and template; the page asked the user first. */
  'data/delete-all': { req: { confirmed: true }; res: EraseResult };
}

/** What an import did; the page showed the same counts as its preview before. */
export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Settings were replaced by the backup's (replace mode only). */
  settings: boolean;
  /** How many templates were written (all of them on replace, the new ones on merge). */
  templates: number;
  templatesProblem?: SyncProblem;
}

export interface EraseResult {
  deleted: number;
  /** False when sync storage could not be cleared; the local data is gone anyway. */
  syncCleared: boolean;
}

/** A compose matches an interview by its thread, else by a recipient who is a tracked interviewer. */
export interface ComposeContext {
  view: InterviewView | null;
  /** Every template, rendered for this interview in the background: the page renders nothing. */
  drafts: Draft[];
}

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['req'];
export type Response<N extends MessageName> = Protocol[N]['res'];
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
export interface Message<N extends MessageName = MessageName> {
  name: N;
  payload: Request<N>;
}
