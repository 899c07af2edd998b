import { t } from '../../ui/i18n';

/**
 * Said where the tag button would be when the page shows a thread the adapter cannot read: with
 * no button and no word the user would take the extension for broken, or for off on this thread.
 */
export function UnreadableNotice() {
  return (
    <div class="thread-bar">
      <span class="thread-bar__error" role="status">
        {t('threadUnreadable')}
      </span>
    </div>
  );
}
