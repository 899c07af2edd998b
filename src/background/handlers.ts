import browser from 'webextension-polyfill';
import {
  createInterview,
  isOpen,
  STEP_KINDS,
  type Interview,
  type StepKind,
} from '../core/interview';
import { parseDates } from '../core/chrono-parser';
import { renderDrafts } from '../core/drafts';
import { looksLikeInvitation } from '../core/invitation';
import { prefillInterview } from '../core/prefill-interview';
import type { Handlers } from '../messaging/handle';
import type { InterviewView } from '../core/plan-types';
import { ownName, type ShownMessage } from '../core/thread-facts';
import * as interviews from '../storage/interviews';
import {
  knownUserEmails,
  knownUserName,
  rememberUserEmail,
  rememberUserName,
} from '../storage/identity';
import { listStorageProblems } from '../storage/problems';
import { readSettings, saveSettings } from '../storage/settings';
import { readTemplates, saveTemplates } from '../storage/templates';
import { writeQueue } from '../storage/write-queue';
import { uiTemplateLanguage } from '../ui/template-language';
import { eraseEverything, exportBackup, importBackup } from './data-transfer';
import { openThreadOf } from './tabs';
import { checkedSettings } from './settings-check';
import { reconcile } from './alarms';
import { addEvent, addEventAt, applyInput, setStatus, type Change } from './interview-changes';
import { stepNotificationId } from './notification-ids';
import { datedMessages, listReplies, recordListReplies, recordReply } from './thread-replies';
import { repliesUnnoticeable } from '../core/reply-detection';
import { loadCards, loadView, loadViews } from './views';

/**
 * The background's answers to every message. Payloads arrive validated (messaging/payloads.ts).
 * Each change is written through the write queue, then alarms and badge are reconciled before
 * answering, so the caller sees the state the user will see.
 */

/** A change must not fail because re-planning failed; the next reconcile retries. */
async function reconcileQuietly(): Promise<void> {
  try {
    await reconcile();
  } catch (error) {
    console.error('Reconcile failed', error);
  }
}

/** A reminder for a step the user just dealt with would be stale. */
async function clearNotifications(id: string, steps: readonly StepKind[]): Promise<void> {
  await Promise.all(steps.map((step) => browser.notifications.clear(stepNotificationId(id, step))));
}

/** Reconcile may have recorded a notification on the record: answer with what is stored now. */
async function viewAfterChange(changed: Interview): Promise<InterviewView> {
  await reconcileQuietly();
  return loadView((await interviews.get(changed.id)) ?? changed);
}

async function change(
  id: string,
  edit: Change,
  settledSteps: readonly StepKind[] = [],
): Promise<InterviewView> {
  const changed = await interviews.mutate(id, edit);
  await clearNotifications(id, settledSteps);
  return viewAfterChange(changed);
}

/** The newest open interview on a thread wins over closed ones: a re-tag after a rejection. */
function pickForThread(matches: readonly Interview[]): Interview | null {
  const ranked = [...matches].sort(
    (a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.createdAt - a.createdAt,
  );
  return ranked[0] ?? null;
}

const onThread = (all: readonly Interview[], threadId: string): Interview | null =>
  pickForThread(all.filter((interview) => interview.thread?.threadId === threadId));

/** By thread first; a new message to a tracked interviewer matches their open interview. */
function matchCompose(
  all: readonly Interview[],
  threadId: string | null,
  addresses: readonly string[],
): Interview | null {
  const byThread = threadId ? onThread(all, threadId) : null;
  if (byThread) return byThread;
  const wanted = new Set(addresses.map((address) => address.toLowerCase()));
  return pickForThread(
    all.filter(
      (interview) =>
        isOpen(interview) &&
        [interview.interviewer, ...interview.contacts].some((contact) =>
          wanted.has(contact.email.toLowerCase()),
        ),
    ),
  );
}

/** Remembers who the user is from what a page showed; answers every address known now. */
async function rememberUser(
  email: string | null,
  messages: readonly ShownMessage[],
  name: string | null = null,
): Promise<string[]> {
  const known = await rememberUserEmail(email);
  await rememberUserName(name ?? ownName(messages, known));
  return known;
}

/**
 * The user's address for a thread: the page's own, else a remembered one that wrote in the thread
 * (the user has several accounts), else the newest remembered; null when none was ever seen.
 */
function userIn(
  facts: { userEmail: string | null; messages: readonly { senderEmail: string }[] },
  known: readonly string[],
): string | null {
  if (facts.userEmail) return facts.userEmail;
  const senders = new Set(facts.messages.map((message) => message.senderEmail.toLowerCase()));
  return known.find((address) => senders.has(address)) ?? known[0] ?? null;
}

/** Matching needs no plan: only the interview found is planned (1 instead of 1,000). */
const viewOf = async (interview: Interview | null): Promise<InterviewView | null> =>
  interview ? loadView(interview) : null;

export const handlers: Handlers = {
  'interviews/list': async () => loadViews(Date.now()),

  'interviews/cards': async () => loadCards(Date.now()),

  'interviews/get': async ({ id }) => {
    const interview = await interviews.get(id);
    return interview ? loadView(interview) : null;
  },

  'interviews/find-by-thread': async ({ threadId }) =>
    viewOf(onThread(await interviews.getAll(), threadId)),

  'interviews/create': async ({ input }) => {
    const created = await writeQueue.run(async () => {
      const interview = createInterview(input, crypto.randomUUID(), Date.now());
      await interviews.put(interview);
      return interview;
    });
    return viewAfterChange(created);
  },

  'interviews/update': async ({ id, changes }) => change(id, applyInput(changes)),

  'interviews/delete': async ({ id }) => {
    const deleted = await writeQueue.run(() => interviews.remove(id));
    await clearNotifications(id, STEP_KINDS);
    await reconcileQuietly();
    return { deleted };
  },

  'steps/done': async ({ id, step }) =>
    change(
      id,
      addEventAt((at) => ({ type: 'done', step, at })),
      [step],
    ),

  'steps/skip': async ({ id, step }) =>
    change(
      id,
      addEventAt((at) => ({ type: 'skipped', step, at })),
      [step],
    ),

  'steps/snooze': async ({ id, step, until }) =>
    change(
      id,
      addEventAt((at) => ({ type: 'snoozed', step, until, at })),
      [step],
    ),

  'interviews/reply': async ({ id, at }) => change(id, addEvent({ type: 'reply', at })),

  'interviews/resume': async ({ id }) =>
    change(
      id,
      addEventAt((at) => ({ type: 'resumed', at })),
    ),

  'interviews/close': async ({ id, status }) => change(id, setStatus(status), STEP_KINDS),

  'storage/problems': async () => listStorageProblems(),

  'settings/get': async () => readSettings(),

  'settings/update': async ({ changes }) => {
    const saved = await saveSettings(checkedSettings((await readSettings()).settings, changes));
    await reconcileQuietly();
    return saved;
  },

  'threads/prefill': async ({ facts }) => {
    const known = await rememberUser(facts.userEmail, facts.messages);
    const userEmail = userIn(facts, known);
    return {
      ...prefillInterview({ ...facts, userEmail }, parseDates, new Date()),
      userKnown: userEmail !== null,
    };
  },

  'threads/invitation': async ({ facts }) => {
    // The page may not show the user's address: a remembered one that wrote here tells their
    // own messages apart, as for prefill.
    const userEmail = userIn(facts, await knownUserEmails());
    return looksLikeInvitation({ ...facts, userEmail }, parseDates, new Date());
  },

  'threads/check-reply': async ({ id, messages, userEmail, userName }) => {
    const [users, stored] = await Promise.all([
      rememberUser(userEmail, messages, userName),
      interviews.get(id),
    ]);
    const dated = datedMessages(messages, new Date());
    const unnoticeable = repliesUnnoticeable(dated, users);
    if (!stored) return { view: null, repliesUnnoticeable: unnoticeable };
    const record = recordReply(dated, users);
    // Most views find nothing new: answer without a write.
    const view =
      record(stored, Date.now()) === stored ? await loadView(stored) : await change(id, record);
    return { view, repliesUnnoticeable: unnoticeable };
  },

  'threads/list-replies': async ({ rows }) => {
    const all = await interviews.getAll();
    const found = listReplies(rows, (threadId) => onThread(all, threadId), new Date());
    // Most list renders find nothing new: no write, no re-planning.
    const recorded = found.size > 0 ? await recordListReplies(found) : 0;
    if (recorded > 0) await reconcileQuietly();
    return { recorded };
  },

  'compose/context': async ({ threadId, addresses, userName }) => {
    await rememberUserName(userName ?? null);
    const [all, { settings }, pageName] = await Promise.all([
      interviews.getAll(),
      readSettings(),
      knownUserName(),
    ]);
    const interview = matchCompose(all, threadId, addresses);
    // The interview's own language (a job in Spain from an English browser), else the UI's.
    const language = interview?.language ?? uiTemplateLanguage();
    const { templates } = await readTemplates(language);
    // The name Settings gives wins; the one the mail pages showed fills in while there is none.
    const myName = settings.myName || pageName;
    return {
      view: await viewOf(interview),
      drafts: renderDrafts(templates, interview, myName, settings.signature, language),
    };
  },

  'interviews/open-thread': async ({ id }) => ({
    opened: await openThreadOf(await interviews.get(id)),
  }),

  'interviews/restore': async ({ interview }) => {
    await writeQueue.run(() => interviews.put(interview));
    return viewAfterChange(interview);
  },

  'templates/get': async ({ language = 'en' }) => readTemplates(language),

  'templates/save': async ({ language, templates }) => saveTemplates(templates, language),

  'data/export': async () => exportBackup(Date.now()),

  'data/import': async ({ backup, mode }) => {
    const result = await importBackup(backup, mode);
    // Answered before re-planning: with 1,000 interviews, creating their alarms takes seconds,
    // and the records are safely stored already. The badge and alarms follow a moment later.
    void reconcileQuietly();
    return result;
  },

  'data/delete-all': async () => {
    const result = await eraseEverything();
    await reconcileQuietly();
    return result;
  },
};
