import * as v from 'valibot';
import {
  ChannelSchema,
  FormatSchema,
  LanguageSchema,
  SettingsSchema,
  StatusSchema,
  StepKindSchema,
  TimestampSchema,
} from '../storage/schema';
import { BackupSchema, ImportedInterviewSchema } from '../storage/backup';
import { TemplateListSchema } from '../storage/template-schema';
import {
  MAX_INVITATION_MESSAGES,
  MAX_INVITATION_TEXT,
  MAX_LIST_ROWS,
  MAX_MESSAGE_TEXT,
  MAX_THREAD_MESSAGES,
} from './limits';
import { isMailUrl, PROVIDERS, siteNames } from '../core/sites';
import type { MessageName, Request } from './protocol';

/**
 * One schema per message: the background validates every payload before a handler sees it, so
 * handlers can trust their types. Stricter than the storage schemas (lengths, required company):
 * this is where new data enters, and a rejection here can still be shown to the user.
 */

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(v.string(), v.nonEmpty('id is required'), v.maxLength(100));
/** A time a site's message id carries (epoch ms); whether it is plausible is core/message-time's. */
const IdTime = v.optional(v.pipe(v.number(), v.safeInteger()));
/** A thread message as the page shows it, without its text (core/thread-facts.ts). */
const ShownMessage = v.object({
  senderName: text(500),
  senderEmail: text(320),
  dateText: text(200),
  idTime: IdTime,
});
/** A thread's messages with these fields, at most `max` of them. */
const messagesOf = <E extends v.ObjectEntries>(entries: E, max: number) =>
  v.pipe(v.array(v.object(entries)), v.maxLength(max));

const ContactInputSchema = v.object({
  name: text(200),
  email: text(320),
  title: v.optional(text(200)),
});

const ThreadInputSchema = v.object({
  provider: v.picklist(PROVIDERS),
  threadId: v.pipe(v.string(), v.nonEmpty('threadId is required'), v.maxLength(1000)),
  url: v.pipe(
    v.string(),
    v.maxLength(2000),
    v.check(isMailUrl, `Thread URL must be an https address on ${siteNames()}`),
  ),
  subject: text(1000),
});

export const InterviewInputSchema = v.object({
  company: v.pipe(v.string(), v.trim(), v.nonEmpty('Company is required'), v.maxLength(200)),
  role: v.pipe(v.string(), v.trim(), v.maxLength(300)),
  interviewer: ContactInputSchema,
  start: TimestampSchema,
  contacts: v.optional(v.pipe(v.array(ContactInputSchema), v.maxLength(20))),
  durationMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60))),
  format: v.optional(FormatSchema),
  followUpChannel: v.optional(ChannelSchema),
  thread: v.optional(ThreadInputSchema),
  notes: v.optional(text(5000)),
  decisionDate: v.optional(TimestampSchema),
  language: v.optional(v.nullable(LanguageSchema)),
});

const Empty = v.object({});
const ById = v.object({ id: Id });
const ByIdAndStep = v.object({ id: Id, step: StepKindSchema });

export const PAYLOAD_SCHEMAS: { [N in MessageName]: v.GenericSchema<unknown, Request<N>> } = {
  'interviews/list': Empty,
  'interviews/cards': Empty,
  'interviews/get': ById,
  'interviews/find-by-thread': v.object({ threadId: v.pipe(v.string(), v.nonEmpty()) }),
  'interviews/create': v.object({ input: InterviewInputSchema }),
  'interviews/update': v.object({ id: Id, changes: v.partial(InterviewInputSchema) }),
  'interviews/delete': ById,
  'steps/done': ByIdAndStep,
  'steps/skip': ByIdAndStep,
  'steps/snooze': v.object({ id: Id, step: StepKindSchema, until: TimestampSchema }),
  'interviews/reply': v.object({ id: Id, at: TimestampSchema }),
  'interviews/resume': ById,
  'interviews/close': v.object({ id: Id, status: StatusSchema }),
  'storage/problems': Empty,
  'settings/get': Empty,
  'settings/update': v.object({ changes: v.partial(SettingsSchema) }),
  'threads/prefill': v.object({
    facts: v.object({
      subject: text(1000),
      messages: messagesOf(
        { ...ShownMessage.entries, text: text(MAX_MESSAGE_TEXT) },
        MAX_THREAD_MESSAGES,
      ),
      userEmail: v.nullable(text(320)),
    }),
  }),
  'threads/invitation': v.object({
    facts: v.object({
      subject: text(1000),
      messages: messagesOf(
        { ...v.omit(ShownMessage, ['senderName']).entries, text: text(MAX_INVITATION_TEXT) },
        MAX_INVITATION_MESSAGES,
      ),
      userEmail: v.nullable(text(320)),
    }),
  }),
  'threads/check-reply': v.object({
    id: Id,
    messages: messagesOf(ShownMessage.entries, MAX_THREAD_MESSAGES),
    userEmail: v.nullable(text(320)),
    userName: v.optional(v.nullable(text(200))),
  }),
  'threads/list-replies': v.object({
    rows: v.pipe(
      v.array(
        v.object({
          threadId: v.pipe(v.string(), v.nonEmpty(), v.maxLength(1000)),
          dateTexts: v.pipe(v.array(text(200)), v.maxLength(4)),
          idTime: IdTime,
        }),
      ),
      v.maxLength(MAX_LIST_ROWS),
    ),
  }),
  'compose/context': v.object({
    threadId: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
    addresses: v.pipe(v.array(text(320)), v.maxLength(100)),
    userName: v.optional(v.nullable(text(200))),
  }),
  'interviews/open-thread': ById,
  'interviews/restore': v.object({ interview: ImportedInterviewSchema }),
  'templates/get': v.object({ language: v.optional(LanguageSchema) }),
  'templates/save': v.object({ language: LanguageSchema, templates: TemplateListSchema }),
  'data/export': Empty,
  'data/import': v.object({ backup: BackupSchema, mode: v.picklist(['merge', 'replace']) }),
  'data/delete-all': v.object({ confirmed: v.literal(true) }),
};
