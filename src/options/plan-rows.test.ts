import { beforeEach, describe, expect, it } from 'vitest';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import { DEFAULT_PLAN_SETTINGS } from '../core/settings';
import { clock, planRows } from './plan-rows';

describe('planRows', () => {
  beforeEach(installCatalogue);

  it('describes the default plan in words', () => {
    expect(Object.fromEntries(planRows(DEFAULT_PLAN_SETTINGS))).toEqual({
      optionsThankYouReminder: '2 h after the interview ends',
      optionsThankYouDue: '24 h',
      optionsThankYouOverdue: '48 h',
      optionsThankYouCard: 'Off',
      optionsCheckIn: '7 day(s) after the interview',
      optionsSecondCheckIn: '14 day(s) after the interview',
      optionsMaxFollowUps: '3 follow-ups without a reply',
      optionsFeedback: '1 day(s)',
      optionsPhoneMin: '24 h',
      optionsBusinessDays: 'Off',
      optionsQuietHours: 'Off',
      optionsDayReminder: '09:00',
    });
  });

  it('shows the opt-in settings when they are on', () => {
    const rows = Object.fromEntries(
      planRows({
        ...DEFAULT_PLAN_SETTINGS,
        thankYouCard: true,
        businessDaysOnly: true,
        quietHours: { enabled: true, startMinute: 21 * 60 + 30, endMinute: 8 * 60 },
      }),
    );
    expect(rows.optionsThankYouCard).toBe('On, 2 day(s) after the interview');
    expect(rows.optionsBusinessDays).toBe('On');
    expect(rows.optionsQuietHours).toBe('21:30 to 08:00');
  });

  it('writes minutes after midnight as a 24-hour clock', () => {
    expect(clock(0)).toBe('00:00');
    expect(clock(9 * 60 + 5)).toBe('09:05');
  });
});
