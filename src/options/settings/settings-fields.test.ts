import { describe, expect, it } from 'vitest';
import { NUMBER_FIELDS, unitFor } from './settings-fields';

const feedback = NUMBER_FIELDS.find((field) => field.key === 'feedbackDelayDays');
if (!feedback) throw new Error('no feedback field');

describe('unitFor', () => {
  it('says "1 day" and "2 days", never "1 days"', () => {
    expect(unitFor(feedback, '1', 'en')).toBe('unitDayAfterRejection');
    expect(unitFor(feedback, '2', 'en')).toBe('unitDaysAfterRejection');
    expect(unitFor(feedback, '0', 'en')).toBe('unitDaysAfterRejection');
    expect(unitFor(feedback, '1.5', 'en')).toBe('unitDaysAfterRejection');
  });

  it("follows the catalogue's language: French puts 0 in the singular, German does not", () => {
    expect(unitFor(feedback, '0', 'fr')).toBe('unitDayAfterRejection');
    expect(unitFor(feedback, '0', 'de')).toBe('unitDaysAfterRejection');
  });

  it('keeps the plural while the field is empty or not a number', () => {
    expect(unitFor(feedback, '', 'en')).toBe('unitDaysAfterRejection');
    expect(unitFor(feedback, 'abc', 'en')).toBe('unitDaysAfterRejection');
  });

  it('has a singular for every plural unit', () => {
    expect(NUMBER_FIELDS.every((field) => field.unitOne !== field.unit)).toBe(true);
  });
});
