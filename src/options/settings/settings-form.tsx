import { useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import type { Settings } from '../../storage/settings';
import { t, type MessageKey } from '../../ui/i18n';
import { useTask } from '../use-task';
import { CARD_DAYS_FIELD, NUMBER_FIELDS, unitFor, type NumberField } from './settings-fields';
import {
  readSettingsForm,
  valuesOf,
  type FieldErrors,
  type SettingsValues,
} from './settings-values';

interface Props {
  settings: Settings;
  onSaved(settings: Settings): void;
}

/** Field error text, wired to its input with aria-describedby. */
function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span id={id} class="options__field-error">
      {error}
    </span>
  ) : null;
}

/** Name, signature and every number of the plan, checked here and by the background. */
export function SettingsForm({ settings, onSaved }: Props) {
  const [values, setValues] = useState<SettingsValues>(() => valuesOf(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const task = useTask();
  // From the current state, as in the interview form: changes before a re-render all count.
  const set = (changes: Partial<SettingsValues>) =>
    setValues((current) => ({ ...current, ...changes }));
  const setNumber = (key: keyof SettingsValues['numbers'], value: string) =>
    setValues((current) => ({ ...current, numbers: { ...current.numbers, [key]: value } }));

  const submit = (event: Event) => {
    event.preventDefault();
    const read = readSettingsForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    task.run(async () => {
      const saved = await send('settings/update', { changes: read.settings });
      onSaved(saved.settings);
      return saved.storedIn === 'sync'
        ? t('settingsSaved')
        : t('settingsSavedLocal', saved.error ?? '');
    });
  };

  const numberInput = (field: NumberField) => {
    const id = `setting-${field.key}`;
    const error = errors[field.key];
    return (
      <div class="options__field" key={field.key}>
        <label for={id}>{t(field.label)}</label>
        <span class="options__number">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={field.min}
            max={field.max}
            value={values.numbers[field.key]}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-unit`}
            onInput={(event) => setNumber(field.key, event.currentTarget.value)}
          />
          <span id={`${id}-unit`}>
            {t(unitFor(field, values.numbers[field.key], t('catalogueLanguage')))}
          </span>
        </span>
        <ErrorText id={`${id}-error`} error={error} />
      </div>
    );
  };
  const checkbox = (
    key: 'thankYouCard' | 'businessDaysOnly' | 'quietEnabled',
    label: MessageKey,
  ) => (
    <label class="options__check">
      <input
        type="checkbox"
        checked={values[key]}
        onChange={(event) => set({ [key]: event.currentTarget.checked })}
      />
      {t(label)}
    </label>
  );

  const quietError = errors.quietHours && 'setting-quiet-error';
  /** A labelled time input; `errorId` names the error text when the value is wrong. */
  const timeInput = (
    key: 'quietStart' | 'quietEnd' | 'dayReminder',
    label: MessageKey,
    disabled: boolean,
    errorId: string | undefined,
  ) => (
    <>
      <label for={`setting-${key}`}>{t(label)}</label>
      <input
        id={`setting-${key}`}
        type="time"
        value={values[key]}
        disabled={disabled}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onInput={(event) => set({ [key]: event.currentTarget.value })}
      />
    </>
  );

  return (
    <form class="options__settings" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('settingsYouHeading')}</legend>
        <div class="options__field">
          <label for="setting-myName">{t('settingsMyName')}</label>
          <input
            id="setting-myName"
            value={values.myName}
            maxLength={200}
            autoComplete="name"
            onInput={(event) => set({ myName: event.currentTarget.value })}
          />
        </div>
        <div class="options__field">
          <label for="setting-signature">{t('settingsSignature')}</label>
          <textarea
            id="setting-signature"
            rows={3}
            maxLength={1000}
            value={values.signature}
            aria-describedby="setting-signature-hint"
            onInput={(event) => set({ signature: event.currentTarget.value })}
          />
          <span id="setting-signature-hint" class="options__hint">
            {t('settingsSignatureHint')}
          </span>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('optionsPlanHeading')}</legend>
        <p class="options__hint">{t('settingsPlanHint')}</p>
        {NUMBER_FIELDS.map(numberInput)}
        {checkbox('thankYouCard', 'settingsThankYouCardOn')}
        {values.thankYouCard && numberInput(CARD_DAYS_FIELD)}
        {checkbox('businessDaysOnly', 'settingsBusinessDays')}
        {checkbox('quietEnabled', 'settingsQuietHours')}
        <div class="options__times">
          {timeInput('quietStart', 'settingsQuietFrom', !values.quietEnabled, quietError)}
          {timeInput('quietEnd', 'settingsQuietTo', !values.quietEnabled, quietError)}
        </div>
        <ErrorText id="setting-quiet-error" error={errors.quietHours} />
        <div class="options__field">
          {timeInput(
            'dayReminder',
            'optionsDayReminder',
            false,
            errors.dayReminderMinute && 'setting-dayReminder-error',
          )}
          <ErrorText id="setting-dayReminder-error" error={errors.dayReminderMinute} />
        </div>
      </fieldset>
      {Object.keys(errors).length > 0 && (
        <p class="options__error" role="alert">
          {t('settingsInvalid')}
        </p>
      )}
      <div class="options__buttons">
        <button type="submit" class="primary" disabled={task.busy}>
          {t('settingsSave')}
        </button>
        {task.message && <span role="status">{task.message}</span>}
      </div>
      {task.error && (
        <p class="options__error" role="alert">
          {t('settingsSaveFailed', task.error)}
        </p>
      )}
    </form>
  );
}
