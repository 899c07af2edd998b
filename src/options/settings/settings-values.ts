import type { Settings } from '../../storage/settings';
import { planRuleProblems } from '../../storage/settings-rules';
import { t } from '../../ui/i18n';
import {
  CARD_DAYS_FIELD,
  clock,
  minuteOf,
  NUMBER_FIELDS,
  RULE_MESSAGES,
  type NumberField,
} from './settings-fields';

/** The settings form's own values: inputs hold strings. */
export interface SettingsValues {
  numbers: Record<NumberField['key'], string>;
  thankYouCard: boolean;
  businessDaysOnly: boolean;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  dayReminder: string;
  myName: string;
  signature: string;
}

const ALL_NUMBERS = [...NUMBER_FIELDS, CARD_DAYS_FIELD];

export function valuesOf(settings: Settings): SettingsValues {
  return {
    numbers: Object.fromEntries(
      ALL_NUMBERS.map((field) => [field.key, String(settings[field.key])]),
    ) as SettingsValues['numbers'],
    thankYouCard: settings.thankYouCard,
    businessDaysOnly: settings.businessDaysOnly,
    quietEnabled: settings.quietHours.enabled,
    quietStart: clock(settings.quietHours.startMinute),
    quietEnd: clock(settings.quietHours.endMinute),
    dayReminder: clock(settings.dayReminderMinute),
    myName: settings.myName,
    signature: settings.signature,
  };
}

/** Field name (a number key, or quietHours / dayReminderMinute) to what is wrong with it. */
export type FieldErrors = Partial<Record<string, string>>;

/** The values as settings, or the problem of each field in the user's words. */
export function readSettingsForm(
  values: SettingsValues,
): { settings: Settings } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const numbers: Record<string, number> = {};
  for (const field of ALL_NUMBERS) {
    const raw = values.numbers[field.key].trim();
    const value = raw === '' ? Number.NaN : Number(raw);
    const whole = field.key === 'maxFollowUps' ? Number.isInteger(value) : Number.isFinite(value);
    if (!whole || value < field.min || value > field.max) {
      errors[field.key] = t('ruleRange', field.min, field.max);
    }
    numbers[field.key] = value;
  }
  const startMinute = minuteOf(values.quietStart);
  const endMinute = minuteOf(values.quietEnd);
  const dayReminderMinute = minuteOf(values.dayReminder);
  if (Number.isNaN(startMinute) || Number.isNaN(endMinute)) errors.quietHours = t('ruleTime');
  if (Number.isNaN(dayReminderMinute)) errors.dayReminderMinute = t('ruleTime');
  const settings = {
    ...(numbers as Pick<Settings, NumberField['key']>),
    thankYouCard: values.thankYouCard,
    businessDaysOnly: values.businessDaysOnly,
    quietHours: { enabled: values.quietEnabled, startMinute, endMinute },
    dayReminderMinute,
    myName: values.myName.trim(),
    signature: values.signature.trim(),
  } satisfies Settings;
  // NaN compares false, so a field already wrong alone raises no rule problem as well.
  for (const problem of planRuleProblems(settings)) {
    errors[problem.field] ??= t(RULE_MESSAGES[problem.rule]);
  }
  return Object.keys(errors).length > 0 ? { errors } : { settings };
}
