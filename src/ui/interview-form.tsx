import { useState } from 'preact/hooks';
import { INTERVIEW_FORMATS, type InterviewFormat, type InterviewInput } from '../core/interview';
import type { JSX } from 'preact';
import { isTemplateLanguage, type TemplateLanguage } from '../core/languages';
import { t, type MessageKey } from './i18n';
import { LanguageOptions } from './language-options';
import { languageName, uiTemplateLanguage } from './template-language';

/** The form's own values: strings, as inputs hold them. */
export interface InterviewFormValues {
  company: string;
  role: string;
  interviewerName: string;
  interviewerEmail: string;
  /** `yyyy-MM-ddTHH:mm`, local time, the datetime-local input's format. */
  start: string;
  durationMinutes: string;
  format: InterviewFormat;
  /** `yyyy-MM-dd`: when the employer said they would decide ("by Friday"); may be empty. */
  decisionDate: string;
  /** The follow-ups' language; absent or empty, the extension's own. */
  language?: TemplateLanguage | '';
}

// Hand-written rather than date-fns' format: this form ships in the content script, where every
// kilobyte is loaded into every mail tab.
const pad = (n: number) => String(n).padStart(2, '0');

export function toDateInput(at: number | undefined): string {
  if (at === undefined || !Number.isFinite(at)) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function toLocalInput(at: number | undefined): string {
  if (at === undefined || !Number.isFinite(at)) return '';
  const d = new Date(at);
  return `${toDateInput(at)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A date input's day at local noon: clear of daylight-saving edges either way. */
const fromDateInput = (value: string): number => new Date(`${value}T12:00`).getTime();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Form values to an interview input, or the first problem in the user's words. */
export function readForm(
  values: InterviewFormValues,
): { input: InterviewInput } | { error: string } {
  const start = new Date(values.start).getTime();
  const duration = Number(values.durationMinutes || '60');
  if (!values.company.trim()) return { error: t('formNeedCompany') };
  if (!values.start || Number.isNaN(start)) return { error: t('formNeedDate') };
  if (values.interviewerEmail.trim() && !EMAIL.test(values.interviewerEmail.trim()))
    return { error: t('formBadEmail') };
  if (!Number.isInteger(duration) || duration < 5 || duration > 600)
    return { error: t('formBadDuration') };
  const decision = values.decisionDate ? fromDateInput(values.decisionDate) : undefined;
  if (decision !== undefined && Number.isNaN(decision)) return { error: t('formBadDecision') };
  return {
    input: {
      company: values.company.trim(),
      role: values.role.trim(),
      interviewer: { name: values.interviewerName.trim(), email: values.interviewerEmail.trim() },
      start,
      durationMinutes: duration,
      format: values.format,
      ...(decision !== undefined ? { decisionDate: decision } : {}),
      // null, not absent: an edit back to "the extension's language" clears the interview's own.
      language: isTemplateLanguage(values.language) ? values.language : null,
    },
  };
}

type TextField = Exclude<keyof InterviewFormValues, 'format' | 'language'>;
type InputAttributes = Pick<
  JSX.InputHTMLAttributes<HTMLInputElement>,
  'type' | 'required' | 'min' | 'max' | 'step'
>;

interface Props {
  initial: InterviewFormValues;
  /** Shown above the fields, e.g. "Filled in from the thread: check the date". */
  hint?: string;
  onSave(input: InterviewInput): Promise<void>;
  onCancel(): void;
}

/** The labelled form of the product contract, shared by the thread's tag button and the dashboard. */
export function InterviewForm({ initial, hint, onSave, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  // From the current state, not this render's: two fields changed before a re-render both count.
  const field =
    (name: keyof InterviewFormValues) => (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
    };
  /** One labelled input: the label wraps it, so its text is the input's accessible name. */
  const input = (name: TextField, label: MessageKey, attributes: InputAttributes = {}) => (
    <label>
      <span>{t(label)}</span>
      <input name={name} value={values[name]} onInput={field(name)} {...attributes} />
    </label>
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const read = readForm(values);
    if ('error' in read) {
      setError(read.error);
      return;
    }
    setSaving(true);
    setError('');
    try {
      await onSave(read.input);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="interview-form" onSubmit={submit} noValidate>
      {hint && <p class="interview-form__hint">{hint}</p>}
      {input('company', 'formCompany', { required: true })}
      {input('role', 'formRole')}
      {input('interviewerName', 'formInterviewerName')}
      {input('interviewerEmail', 'formInterviewerEmail', { type: 'email' })}
      {input('start', 'formStart', { type: 'datetime-local', required: true })}
      <div class="interview-form__row">
        {input('durationMinutes', 'formDuration', { type: 'number', min: 5, max: 600, step: 5 })}
        <label>
          <span>{t('formFormat')}</span>
          <select name="format" value={values.format} onChange={field('format')}>
            {INTERVIEW_FORMATS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`format_${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {input('decisionDate', 'formDecisionDate', { type: 'date' })}
      <label>
        <span>{t('templateLanguage')}</span>
        <select name="language" value={values.language ?? ''} onChange={field('language')}>
          <option value="">{t('formLanguageAuto', languageName(uiTemplateLanguage()))}</option>
          <LanguageOptions />
        </select>
      </label>
      {error && (
        <p class="interview-form__error" role="alert">
          {error}
        </p>
      )}
      <div class="interview-form__buttons">
        <button type="submit" class="primary" disabled={saving}>
          {t('formSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
