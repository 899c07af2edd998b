import { t } from '../../ui/i18n';
import { PageProblem } from '../diagnostics/page-problem';
import type { Diagnostics } from '../hosts/mail-host';

/**
 * Said where the tag button would be when the page shows a thread the adapter cannot read: with
 * no button and no word the user would take the extension for broken, or for off on this thread.
 */
export function UnreadableNotice({ diagnose }: { diagnose(): Diagnostics }) {
  return (
    <div class="thread-bar">
      <PageProblem
        message={t('threadUnreadable')}
        problem="thread-unreadable"
        diagnose={diagnose}
      />
    </div>
  );
}
