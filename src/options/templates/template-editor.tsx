import { useEffect, useState } from 'preact/hooks';
import { promptsIn } from '../../core/built-in-templates';
import { STEP_KINDS, type StepKind } from '../../core/interview';
import type { TemplateLanguage } from '../../core/languages';
import { buildRenderContext, renderTemplate, unknownPlaceholders } from '../../core/render';
import { stepName } from '../../ui/step-name';
import type { Template } from '../../core/templates';
import { send } from '../../messaging/send';
import { TEMPLATE_LIMITS } from '../../storage/template-schema';
import type { SyncProblem } from '../../storage/templates';
import { t } from '../../ui/i18n';
import { LanguageOptions } from '../../ui/language-options';
import { uiTemplateLanguage } from '../../ui/template-language';
import { useTask } from '../use-task';
import { PlaceholderList } from './placeholder-list';
import { sampleInterview } from './sample';
import {
  addTemplate,
  deleteTemplate,
  duplicateTemplate,
  restoreDefaults,
  updateTemplate,
} from './template-list';

function syncProblemText(problem: SyncProblem): string {
  switch (problem.kind) {
    case 'itemTooLarge':
      return t('templatesTooLarge', problem.name);
    case 'totalTooLarge':
      return t('templatesTooMuch');
    case 'syncFull':
      return t('templatesSyncFull');
    case 'syncFailed':
      return t('templatesSyncFailed', problem.detail);
  }
}

interface Props {
  myName: string;
  signature: string;
}

/** One language's list as edited on the page, and as last read or saved. */
interface Edited {
  list: Template[];
  saved: Template[];
}

/**
 * The template editor: a language, its list, the selected template's fields, a live preview with
 * a sample interview in that language, and a warning for placeholders that would stay as typed.
 * Changes stay on the page until "Save templates", so a half-written template never reaches a
 * compose. Each language is loaded and saved on its own: saving the German list never writes the
 * Spanish one, and edits not yet saved in one language wait while another is shown.
 */
export function TemplateEditor({ myName, signature }: Props) {
  const [language, setLanguage] = useState<TemplateLanguage>(uiTemplateLanguage);
  const [edited, setEdited] = useState<Partial<Record<TemplateLanguage, Edited>>>({});
  const [selected, setSelected] = useState('');
  const [notice, setNotice] = useState('');
  const task = useTask();
  const current = edited[language];

  useEffect(() => {
    if (edited[language]) return;
    send('templates/get', { language }).then(
      (read) => {
        setEdited((all) => ({
          ...all,
          [language]: { list: read.templates, saved: read.templates },
        }));
        setSelected(read.templates[0]?.id ?? '');
        setNotice(read.source === 'local' ? t('templatesLocalNotice') : '');
      },
      (error: unknown) => setNotice(t('templatesLoadError', String(error))),
    );
  }, [language]);

  const languageSelect = (
    <div class="templates__language">
      <label for="template-language">{t('templateLanguage')}</label>
      <select
        id="template-language"
        value={language}
        aria-describedby="template-language-hint"
        onChange={(event) => {
          const next = event.currentTarget.value as TemplateLanguage;
          setLanguage(next);
          setSelected(edited[next]?.list[0]?.id ?? '');
        }}
      >
        <LanguageOptions />
      </select>
      <p id="template-language-hint" class="options__hint">
        {t('templatesLanguageHint')}
      </p>
    </div>
  );

  if (!current) {
    return (
      <div class="templates">
        {languageSelect}
        <p role={notice ? 'alert' : undefined}>{notice || t('popupLoading')}</p>
      </div>
    );
  }

  const { list, saved } = current;
  const chosen = list.find((template) => template.id === selected);
  const dirty = JSON.stringify(list) !== JSON.stringify(saved);
  const setList = (next: Template[]) =>
    setEdited((all) => ({ ...all, [language]: { saved, ...all[language], list: next } }));
  const change = (next: Template[], select = selected) => {
    setList(next);
    setSelected(next.some((template) => template.id === select) ? select : (next[0]?.id ?? ''));
  };
  const save = () =>
    task.run(async () => {
      const result = await send('templates/save', { language, templates: list });
      setEdited((all) => ({
        ...all,
        [language]: { list: result.templates, saved: result.templates },
      }));
      setNotice(result.problem ? syncProblemText(result.problem) : '');
      return t(result.storedIn === 'sync' ? 'templatesSaved' : 'templatesSavedLocal');
    });

  return (
    <div class="templates">
      {languageSelect}
      <div class="templates__list">
        <ul aria-label={t('templatesListLabel')}>
          {list.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                class="templates__item"
                aria-current={template.id === chosen?.id ? 'true' : undefined}
                onClick={() => setSelected(template.id)}
              >
                {template.name || t('templatesUntitled')}
                {template.step && stepName(template.step) !== template.name && (
                  <span class="templates__step">{stepName(template.step)}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
        <div class="options__buttons">
          <button
            type="button"
            disabled={list.length >= TEMPLATE_LIMITS.count}
            onClick={() => {
              const next = addTemplate(list, t('templatesNewName'));
              change(next, next[next.length - 1]?.id);
            }}
          >
            {t('templatesAdd')}
          </button>
          <button
            type="button"
            disabled={!chosen || list.length >= TEMPLATE_LIMITS.count}
            onClick={() => {
              if (!chosen) return;
              const next = duplicateTemplate(list, chosen.id, t('templatesCopyName', chosen.name));
              change(next, next[next.indexOf(chosen) + 1]?.id);
            }}
          >
            {t('templatesDuplicate')}
          </button>
          <button
            type="button"
            class="danger"
            disabled={!chosen}
            onClick={() => chosen && change(deleteTemplate(list, chosen.id))}
          >
            {t('templatesDelete')}
          </button>
          <button type="button" onClick={() => change(restoreDefaults(list, language))}>
            {t('templatesRestore')}
          </button>
        </div>
      </div>
      {chosen ? (
        <TemplateFields
          key={`${language}:${chosen.id}`}
          template={chosen}
          language={language}
          myName={myName}
          signature={signature}
          onChange={(changes) => setList(updateTemplate(list, chosen.id, changes))}
        />
      ) : (
        <p>{t('templatesNone')}</p>
      )}
      <div class="templates__save">
        <button type="button" class="primary" disabled={task.busy || !dirty} onClick={save}>
          {t('templatesSave')}
        </button>
        {dirty && <span class="options__hint">{t('templatesUnsaved')}</span>}
        {task.message && <span role="status">{task.message}</span>}
      </div>
      {notice && (
        <p class="options__warning" role="alert">
          {notice}
        </p>
      )}
      {task.error && (
        <p class="options__error" role="alert">
          {t('templatesSaveFailed', task.error)}
        </p>
      )}
    </div>
  );
}

interface FieldsProps {
  template: Template;
  language: TemplateLanguage;
  myName: string;
  signature: string;
  onChange(changes: Partial<Template>): void;
}

function TemplateFields({ template, language, myName, signature, onChange }: FieldsProps) {
  const context = buildRenderContext(sampleInterview(Date.now()), {
    myName,
    signature,
    language,
  });
  const preview = renderTemplate(template, context, {
    format: 'text',
    prompts: promptsIn(language),
  });
  const unknown = unknownPlaceholders(`${template.subject}\n${template.body}`);
  return (
    <div class="templates__editor">
      <label for="template-name">{t('templateName')}</label>
      <input
        id="template-name"
        value={template.name}
        maxLength={TEMPLATE_LIMITS.name}
        onInput={(event) => onChange({ name: event.currentTarget.value })}
      />
      <label for="template-step">{t('templateStep')}</label>
      <select
        id="template-step"
        value={template.step ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ step: value ? (value as StepKind) : undefined });
        }}
      >
        <option value="">{t('templateNoStep')}</option>
        {STEP_KINDS.map((step) => (
          <option key={step} value={step}>
            {stepName(step)}
          </option>
        ))}
      </select>
      <label for="template-subject">{t('templateSubject')}</label>
      <input
        id="template-subject"
        value={template.subject}
        maxLength={TEMPLATE_LIMITS.subject}
        onInput={(event) => onChange({ subject: event.currentTarget.value })}
      />
      <label for="template-body">{t('templateBody')}</label>
      <textarea
        id="template-body"
        rows={12}
        value={template.body}
        maxLength={TEMPLATE_LIMITS.body}
        aria-describedby={unknown.length > 0 ? 'template-unknown' : undefined}
        onInput={(event) => onChange({ body: event.currentTarget.value })}
      />
      {unknown.length > 0 && (
        <p id="template-unknown" class="options__warning" role="status">
          {t('templateUnknown', unknown.map((name) => `{${name}}`).join(', '))}
        </p>
      )}
      <PlaceholderList />
      <section class="templates__preview" aria-labelledby="template-preview-heading">
        <h3 id="template-preview-heading">{t('templatePreview')}</h3>
        {preview.subject && <p class="templates__preview-subject">{preview.subject}</p>}
        <div class="templates__preview-body">{preview.body}</div>
      </section>
    </div>
  );
}
