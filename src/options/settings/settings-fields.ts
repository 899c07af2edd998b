import type { PlanSettings } from '../../core/settings';
import type { PlanRule } from '../../storage/settings-rules';
import type { MessageKey } from '../../ui/i18n';

type NumberKey = {
  [K in keyof PlanSettings]: PlanSettings[K] extends number ? K : never;
}[keyof PlanSettings];

export interface NumberField {
  key: Exclude<NumberKey, 'dayReminderMinute'>;
  label: MessageKey;
  /** The unit after a number that takes the plural ("2 days"), and after one that does not. */
  unit: MessageKey;
  unitOne: MessageKey;
  min: number;
  /** The storage schema's bounds: a typo cannot push a reminder into the next decade. */
  max: number;
}

/** Every number of the plan, in the order of the plan, with the storage schema's bounds. */
export const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: 'thankYouReminderHours',
    label: 'optionsThankYouReminder',
    unit: 'unitHoursAfterEnd',
    unitOne: 'unitHourAfterEnd',
    min: 0,
    max: 720,
  },
  {
    key: 'thankYouDueHours',
    label: 'optionsThankYouDue',
    unit: 'unitHoursAfterEnd',
    unitOne: 'unitHourAfterEnd',
    min: 0,
    max: 720,
  },
  {
    key: 'thankYouOverdueHours',
    label: 'optionsThankYouOverdue',
    unit: 'unitHoursAfterEnd',
    unitOne: 'unitHourAfterEnd',
    min: 0,
    max: 720,
  },
  {
    key: 'checkInDays',
    label: 'optionsCheckIn',
    unit: 'unitDaysAfter',
    unitOne: 'unitDayAfter',
    min: 0,
    max: 365,
  },
  {
    key: 'secondCheckInDays',
    label: 'optionsSecondCheckIn',
    unit: 'unitDaysAfter',
    unitOne: 'unitDayAfter',
    min: 0,
    max: 365,
  },
  {
    key: 'maxFollowUps',
    label: 'optionsMaxFollowUps',
    unit: 'unitFollowUps',
    unitOne: 'unitFollowUp',
    min: 0,
    max: 20,
  },
  {
    key: 'feedbackDelayDays',
    label: 'optionsFeedback',
    unit: 'unitDaysAfterRejection',
    unitOne: 'unitDayAfterRejection',
    min: 0,
    max: 365,
  },
  {
    key: 'phoneMinHours',
    label: 'optionsPhoneMin',
    unit: 'unitHoursAfterEnd',
    unitOne: 'unitHourAfterEnd',
    min: 0,
    max: 720,
  },
];

export const CARD_DAYS_FIELD: NumberField = {
  key: 'thankYouCardDays',
  label: 'optionsThankYouCardDays',
  unit: 'unitDaysAfter',
  unitOne: 'unitDayAfter',
  min: 0,
  max: 365,
};

export const RULE_MESSAGES: Record<PlanRule, MessageKey> = {
  dueBeforeReminder: 'ruleDueBeforeReminder',
  overdueBeforeDue: 'ruleOverdueBeforeDue',
  secondCheckInNotAfterFirst: 'ruleSecondCheckIn',
  quietHoursEmpty: 'ruleQuietHours',
};

/** "21:00" from minutes after midnight, for time inputs. */
export const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Minutes after midnight from a time input's "21:00"; NaN when empty or malformed. */
export function minuteOf(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return Number.NaN;
  const minute = Number(match[1]) * 60 + Number(match[2]);
  return minute < 24 * 60 ? minute : Number.NaN;
}

/**
 * The unit to show after a value: "1 day", "2 days", and in French "0 jour" too, by the plural
 * rules of the catalogue's language (which chrome.i18n itself does not apply).
 */
export function unitFor(field: NumberField, value: string, language: string): MessageKey {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) return field.unit;
  return new Intl.PluralRules(language).select(number) === 'one' ? field.unitOne : field.unit;
}
