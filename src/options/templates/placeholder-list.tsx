import { PLACEHOLDERS, type PlaceholderName } from '../../core/render';
import { t, type MessageKey } from '../../ui/i18n';

/** What each `{placeholder}` is filled with, in the UI language. */
const DESCRIPTIONS: Record<PlaceholderName, MessageKey> = {
  firstName: 'placeholderFirstName',
  interviewerName: 'placeholderInterviewerName',
  company: 'placeholderCompany',
  role: 'placeholderRole',
  weekday: 'placeholderWeekday',
  date: 'placeholderDate',
  topic: 'placeholderTopic',
  qualification: 'placeholderQualification',
  myName: 'placeholderMyName',
  signature: 'placeholderSignature',
};

export function PlaceholderList() {
  return (
    <details class="templates__placeholders">
      <summary>{t('templatePlaceholders')}</summary>
      <dl>
        {PLACEHOLDERS.map((placeholder) => (
          <div key={placeholder.name}>
            <dt>
              <code>{`{${placeholder.name}}`}</code>
            </dt>
            <dd>{t(DESCRIPTIONS[placeholder.name])}</dd>
          </div>
        ))}
      </dl>
      <p class="options__hint">{t('templatePlaceholdersHint')}</p>
    </details>
  );
}
