import { beforeEach, describe, expect, it } from 'vitest';
import { getMessage, installCatalogue } from '../../test/unit/i18n-catalogue';
import { readForm, toDateInput, toLocalInput, type InterviewFormValues } from './interview-form';

const values: InterviewFormValues = {
  company: ' Acme ',
  role: 'Engineer',
  interviewerName: 'Dana Whitaker',
  interviewerEmail: 'dana@acme.com',
  start: '2026-03-03T14:00',
  durationMinutes: '45',
  format: 'video',
  decisionDate: '2026-03-06',
};

describe('the interview form values', () => {
  beforeEach(() => installCatalogue());

  it('formats local times for datetime-local and date inputs', () => {
    const at = new Date(2028, 1, 29, 9, 5).getTime();
    expect(toLocalInput(at)).toBe('2028-02-29T09:05');
    expect(toDateInput(at)).toBe('2028-02-29');
    expect(toLocalInput(undefined)).toBe('');
    expect(toLocalInput(Number.NaN)).toBe('');
  });

  it('reads them back as an interview input in local time', () => {
    const read = readForm(values);
    expect(read).toEqual({
      input: {
        company: 'Acme',
        role: 'Engineer',
        interviewer: { name: 'Dana Whitaker', email: 'dana@acme.com' },
        start: new Date(2026, 2, 3, 14, 0).getTime(),
        durationMinutes: 45,
        format: 'video',
        decisionDate: new Date(2026, 2, 6, 12, 0).getTime(),
        language: null,
      },
    });
  });

  it("reads the template language: one chosen, or null for the extension's own", () => {
    const input = (language: InterviewFormValues['language']) => {
      const read = readForm({ ...values, language });
      return 'input' in read ? read.input.language : read.error;
    };
    expect(input('es')).toBe('es');
    expect(input('pt_BR')).toBe('pt_BR');
    expect(input('')).toBeNull();
    expect(input(undefined)).toBeNull();
    expect(input('xx' as InterviewFormValues['language'])).toBeNull();
  });

  it.each([
    [{ company: '  ' }, 'formNeedCompany'],
    [{ start: '' }, 'formNeedDate'],
    [{ interviewerEmail: 'not an address' }, 'formBadEmail'],
    [{ durationMinutes: '2' }, 'formBadDuration'],
  ])('refuses %o with its message', (change, key) => {
    expect(readForm({ ...values, ...change })).toEqual({ error: getMessage(key) });
  });
});
