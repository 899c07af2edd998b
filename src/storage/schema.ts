import * as v from 'valibot';
import { INTERVIEW_FORMATS, INTERVIEW_STATUSES, STEP_KINDS } from '../core/interview';
import { TEMPLATE_LANGUAGES } from '../core/languages';
import { PROVIDERS } from '../core/sites';

/**
 * What every value read back from storage must look like. Storage is user-owned data that older
 * versions, imports or a crash may have left in any shape, so nothing is trusted before this.
 * The schemas are deliberately lenient about content (an empty role is fine) and strict about
 * shape (a missing start time is not): shape errors are what would crash the plan or the UI.
 */

/** Epoch milliseconds. */
export const TimestampSchema = v.pipe(v.number(), v.finite());

export const StepKindSchema = v.picklist(STEP_KINDS);
export const StatusSchema = v.picklist(INTERVIEW_STATUSES);
export const FormatSchema = v.picklist(INTERVIEW_FORMATS);
export const ChannelSchema = v.picklist(['email', 'phone']);
export const LanguageSchema = v.picklist(TEMPLATE_LANGUAGES);

export const ContactSchema = v.object({
  name: v.string(),
  email: v.string(),
  title: v.optional(v.string()),
});

export const ThreadRefSchema = v.object({
  provider: v.picklist(PROVIDERS),
  threadId: v.pipe(v.string(), v.nonEmpty()),
  url: v.string(),
  subject: v.string(),
});

export const InterviewEventSchema = v.variant('type', [
  v.object({ type: v.literal('done'), step: StepKindSchema, at: TimestampSchema }),
  v.object({ type: v.literal('skipped'), step: StepKindSchema, at: TimestampSchema }),
  v.object({
    type: v.literal('snoozed'),
    step: StepKindSchema,
    until: TimestampSchema,
    at: TimestampSchema,
  }),
  v.object({ type: v.literal('notified'), step: StepKindSchema, at: TimestampSchema }),
  v.object({ type: v.literal('reply'), at: TimestampSchema }),
  v.object({ type: v.literal('resumed'), at: TimestampSchema }),
  v.object({ type: v.literal('status'), status: StatusSchema, at: TimestampSchema }),
]);

export const InterviewSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  company: v.string(),
  role: v.string(),
  interviewer: ContactSchema,
  contacts: v.array(ContactSchema),
  start: TimestampSchema,
  durationMinutes: v.pipe(v.number(), v.finite(), v.minValue(0)),
  format: FormatSchema,
  followUpChannel: ChannelSchema,
  thread: v.optional(ThreadRefSchema),
  notes: v.string(),
  status: StatusSchema,
  decisionDate: v.optional(TimestampSchema),
  language: v.optional(LanguageSchema),
  events: v.array(InterviewEventSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Bounded so a typo ("700" days) cannot push a reminder into the next decade. */
const hours = v.pipe(nonNegative, v.maxValue(24 * 30));
const days = v.pipe(nonNegative, v.maxValue(365));
const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 - 1));

export const QuietHoursSchema = v.object({
  enabled: v.boolean(),
  startMinute: minuteOfDay,
  endMinute: minuteOfDay,
});

/** One schema per settings field, so one bad field falls back to its default alone. */
export const SettingsFieldSchemas = {
  thankYouReminderHours: hours,
  thankYouDueHours: hours,
  thankYouOverdueHours: hours,
  thankYouCard: v.boolean(),
  thankYouCardDays: days,
  checkInDays: days,
  secondCheckInDays: days,
  maxFollowUps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  feedbackDelayDays: days,
  phoneMinHours: hours,
  businessDaysOnly: v.boolean(),
  quietHours: QuietHoursSchema,
  dayReminderMinute: minuteOfDay,
  /** Signs the templates; not a secret, but kept short. */
  myName: v.pipe(v.string(), v.maxLength(200)),
  /** Placed where a template says `{signature}`; several lines. */
  signature: v.pipe(v.string(), v.maxLength(1000)),
};

export const SettingsSchema = v.object(SettingsFieldSchemas);
