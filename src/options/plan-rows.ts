import type { PlanSettings } from '../core/settings';
import { t, type MessageKey } from '../ui/i18n';

/** "21:00" from minutes after midnight. */
export const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const onOff = (on: boolean): string => t(on ? 'optionsOn' : 'optionsOff');

/** Each plan setting as a label and a readable value, in the order of the plan. */
export function planRows(settings: PlanSettings): [MessageKey, string][] {
  const s = settings;
  return [
    ['optionsThankYouReminder', t('optionsHoursAfterEnd', s.thankYouReminderHours)],
    ['optionsThankYouDue', t('optionsHours', s.thankYouDueHours)],
    ['optionsThankYouOverdue', t('optionsHours', s.thankYouOverdueHours)],
    [
      'optionsThankYouCard',
      s.thankYouCard
        ? `${onOff(true)}, ${t('optionsDaysAfter', s.thankYouCardDays)}`
        : onOff(false),
    ],
    ['optionsCheckIn', t('optionsDaysAfter', s.checkInDays)],
    ['optionsSecondCheckIn', t('optionsDaysAfter', s.secondCheckInDays)],
    ['optionsMaxFollowUps', t('optionsFollowUps', s.maxFollowUps)],
    ['optionsFeedback', t('optionsDays', s.feedbackDelayDays)],
    ['optionsPhoneMin', t('optionsHours', s.phoneMinHours)],
    ['optionsBusinessDays', onOff(s.businessDaysOnly)],
    [
      'optionsQuietHours',
      s.quietHours.enabled
        ? t('optionsRange', clock(s.quietHours.startMinute), clock(s.quietHours.endMinute))
        : onOff(false),
    ],
    ['optionsDayReminder', clock(s.dayReminderMinute)],
  ];
}
