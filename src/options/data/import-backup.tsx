import { useState } from 'preact/hooks';
import type { Backup, BackupProblem, ImportMode } from '../../storage/backup';
import { backupTemplateLists, MAX_BACKUP_BYTES, parseBackup } from '../../storage/backup';
import { planImport, type ImportPlan } from '../../storage/import-plan';
import { send } from '../../messaging/send';
import { t } from '../../ui/i18n';
import { useTask } from '../use-task';

type Stage =
  | { kind: 'idle' }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; backup: Backup; fileName: string };

function problemText(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('importTooLarge', Math.round(MAX_BACKUP_BYTES / 1024 / 1024));
    case 'notJson':
      return t('importNotJson');
    case 'notBackup':
      return t('importNotBackup');
    case 'newerVersion':
      return t('importNewer', problem.version);
    case 'invalid':
      return t('importInvalid', problem.detail.slice(0, 300));
  }
}

/**
 * Import in two steps: the file is checked here and the changes are shown (added, updated,
 * unchanged, removed) for merge or replace; nothing is written until the user confirms. The
 * background validates the backup again: this page is not the only possible sender.
 */
export function ImportBackup({ onImported }: { onImported(): void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  const [stored, setStored] = useState<Backup['interviews']>([]);
  const task = useTask();

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before reading: a huge file is never loaded into memory.
    const parsed =
      file.size > MAX_BACKUP_BYTES
        ? ({ ok: false, problem: { kind: 'tooLarge' } } as const)
        : parseBackup(await file.text(), file.size);
    if (!parsed.ok) {
      setStage({ kind: 'refused', message: problemText(parsed.problem) });
      return;
    }
    try {
      setStored((await send('interviews/list', {})).map((view) => view.interview));
    } catch (error) {
      setStage({ kind: 'refused', message: t('importFailed', String(error)) });
      return;
    }
    setStage({ kind: 'preview', backup: parsed.backup, fileName: file.name });
  };

  const confirm = (backup: Backup) =>
    task.run(async () => {
      const result = await send('data/import', { backup, mode });
      setStage({ kind: 'idle' });
      onImported();
      return t('importDone', result.added, result.updated, result.removed);
    });

  return (
    <div class="options__stack">
      <label class="options__file">
        <span>{t('importBackup')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={task.busy}
          onChange={(event) => void choose(event.currentTarget)}
        />
      </label>
      {stage.kind === 'refused' && (
        <p class="options__error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.kind === 'preview' && (
        <ImportPreview
          fileName={stage.fileName}
          backup={stage.backup}
          plan={planImport(stored, stage.backup.interviews, mode)}
          mode={mode}
          onMode={setMode}
          busy={task.busy}
          onConfirm={() => confirm(stage.backup)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
      {task.message && <p role="status">{task.message}</p>}
      {task.error && (
        <p class="options__error" role="alert">
          {t('importFailed', task.error)}
        </p>
      )}
    </div>
  );
}

interface PreviewProps {
  fileName: string;
  backup: Backup;
  plan: ImportPlan;
  mode: ImportMode;
  onMode(mode: ImportMode): void;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

function ImportPreview({
  fileName,
  backup,
  plan,
  mode,
  onMode,
  busy,
  onConfirm,
  onCancel,
}: PreviewProps) {
  // Every language's list the backup holds, English and the others.
  const templateLists = backupTemplateLists(backup);
  const templateCount = templateLists.reduce((sum, [, list]) => sum + list.length, 0);
  return (
    <section class="options__preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('importPreviewHeading', fileName)}</h3>
      <fieldset>
        <legend>{t('importModeLegend')}</legend>
        <label>
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'merge'}
            onChange={() => onMode('merge')}
          />
          {t('importMerge')}
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
          />
          {t('importReplace')}
        </label>
      </fieldset>
      <ul class="options__changes">
        <li>{t('importAdded', plan.added.length)}</li>
        <li>{t('importUpdated', plan.updated.length)}</li>
        <li>{t('importUnchanged', plan.unchanged.length)}</li>
        {mode === 'replace' && <li>{t('importRemoved', plan.removed.length)}</li>}
        {mode === 'replace' && backup.settings && <li>{t('importSettingsReplaced')}</li>}
        {templateLists.length > 0 && (
          <li>
            {mode === 'replace'
              ? t('importTemplatesReplaced', templateCount)
              : t('importTemplatesMerged')}
          </li>
        )}
      </ul>
      <div class="options__buttons">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {t('importConfirm')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('formCancel')}
        </button>
      </div>
    </section>
  );
}
