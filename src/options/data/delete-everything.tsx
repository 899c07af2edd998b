import { useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import { t } from '../../ui/i18n';
import { useTask } from '../use-task';

/** Deletes every interview, setting and template, after the user confirms in a second step. */
export function DeleteEverything({ onDeleted }: { onDeleted(): void }) {
  const [confirming, setConfirming] = useState(false);
  const task = useTask();
  const erase = () =>
    task.run(async () => {
      const result = await send('data/delete-all', { confirmed: true });
      setConfirming(false);
      onDeleted();
      return result.syncCleared
        ? t('deleteAllDone', result.deleted)
        : t('deleteAllDoneLocal', result.deleted);
    });
  return (
    <div class="options__stack">
      {confirming ? (
        <div class="options__danger" role="group" aria-labelledby="delete-all-warning">
          <p id="delete-all-warning">{t('deleteAllWarning')}</p>
          <div class="options__buttons">
            <button type="button" class="danger" disabled={task.busy} onClick={erase}>
              {t('deleteAllConfirm')}
            </button>
            <button type="button" disabled={task.busy} onClick={() => setConfirming(false)}>
              {t('formCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="options__buttons">
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        </div>
      )}
      {task.message && <p role="status">{task.message}</p>}
      {task.error && (
        <p class="options__error" role="alert">
          {t('deleteAllFailed', task.error)}
        </p>
      )}
    </div>
  );
}
