/** Every number of the follow-up plan is the user's; these defaults come from the guide. */
export interface PlanSettings {
  /** Thank-you note: remind this long after the interview ends ("within 24 hours"). */
  thankYouReminderHours: number;
  thankYouDueHours: number;
  /** The guide's outer bound: "24-48 hours". */
  thankYouOverdueHours: number;
  /** A card or handwritten letter: an extra, off by default. */
  thankYouCard: boolean;
  thankYouCardDays: number;
  /** "If you don't hear back within a week or two." */
  checkInDays: number;
  secondCheckInDays: number;
  /** "Know when to stop": follow-ups without a reply before suggesting to close. */
  maxFollowUps: number;
  /** Ask for feedback this long after a rejection. */
  feedbackDelayDays: number;
  /** "Wait at least 24 hours before following up via phone call." */
  phoneMinHours: number;
  businessDaysOnly: boolean;
  quietHours: { enabled: boolean; startMinute: number; endMinute: number };
  /** Local time of day, in minutes, for reminders that fall on a day rather than an hour. */
  dayReminderMinute: number;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  thankYouReminderHours: 2,
  thankYouDueHours: 24,
  thankYouOverdueHours: 48,
  thankYouCard: false,
  thankYouCardDays: 2,
  checkInDays: 7,
  secondCheckInDays: 14,
  maxFollowUps: 3,
  feedbackDelayDays: 1,
  phoneMinHours: 24,
  businessDaysOnly: false,
  quietHours: { enabled: false, startMinute: 21 * 60, endMinute: 8 * 60 },
  dayReminderMinute: 9 * 60,
};
