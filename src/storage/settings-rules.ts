import type { PlanSettings } from '../core/settings';

/**
 * Rules between plan numbers that each field's own schema cannot see: a thank-you cannot be due
 * before its reminder, nor the second check-in come before the first. Returned as data, so the
 * options page says them in the UI language next to the field and the background refuses them.
 */
export type PlanRule =
  'dueBeforeReminder' | 'overdueBeforeDue' | 'secondCheckInNotAfterFirst' | 'quietHoursEmpty';

export interface PlanRuleProblem {
  field: keyof PlanSettings;
  rule: PlanRule;
}

export function planRuleProblems(settings: PlanSettings): PlanRuleProblem[] {
  const problems: PlanRuleProblem[] = [];
  if (settings.thankYouDueHours < settings.thankYouReminderHours) {
    problems.push({ field: 'thankYouDueHours', rule: 'dueBeforeReminder' });
  }
  if (settings.thankYouOverdueHours < settings.thankYouDueHours) {
    problems.push({ field: 'thankYouOverdueHours', rule: 'overdueBeforeDue' });
  }
  if (settings.secondCheckInDays <= settings.checkInDays) {
    problems.push({ field: 'secondCheckInDays', rule: 'secondCheckInNotAfterFirst' });
  }
  const quiet = settings.quietHours;
  if (quiet.enabled && quiet.startMinute === quiet.endMinute) {
    problems.push({ field: 'quietHours', rule: 'quietHoursEmpty' });
  }
  return problems;
}
