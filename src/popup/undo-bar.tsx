import { t } from '../ui/i18n';

interface Props {
  company: string;
  busy: boolean;
  onUndo(): void;
  onDismiss(): void;
}

/**
 * After a delete: the record is gone from storage, and this brings it back as it was. It stays
 * until dismissed (no timer: a keyboard or screen-reader user must have time to reach it).
 */
export function UndoBar({ company, busy, onUndo, onDismiss }: Props) {
  return (
    <div class="undo" role="status">
      <span>{t('undoDeleted', company)}</span>
      <button type="button" class="link" disabled={busy} onClick={onUndo}>
        {t('undoAction')}
      </button>
      <button
        type="button"
        class="link"
        aria-label={t('undoDismiss')}
        title={t('undoDismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
