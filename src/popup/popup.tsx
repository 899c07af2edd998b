import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
import { InterviewRow } from './interview-row';
import { openInterviews } from './next-step';
import { useDashboard } from './use-dashboard';

/** The first dashboard: every open interview and what is due next. */
export function Popup() {
  const { dashboard, reload } = useDashboard();
  const now = Date.now();
  const rows = dashboard.state === 'ready' ? openInterviews(dashboard.views) : [];
  // Steps whose reminder has passed, as the badge counts them, but of the listed interviews only:
  // a rejected interview's feedback request counts on the badge and is not listed here yet.
  const dueCount = rows.reduce((sum, view) => sum + view.plan.due.length, 0);
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('popupHeading')}</h1>
        {dueCount > 0 && <span class="popup__due">{t('popupDueCount', dueCount)}</span>}
      </header>
      {dashboard.state === 'loading' && <p class="popup__status">{t('popupLoading')}</p>}
      {dashboard.state === 'error' && (
        <div class="popup__error" role="alert">
          <p>{t('popupError', dashboard.error)}</p>
          <button type="button" onClick={reload}>
            {t('popupRetry')}
          </button>
        </div>
      )}
      {dashboard.state === 'ready' && dashboard.problems.length > 0 && (
        <p class="popup__notice" role="status">
          {t('popupProblems', dashboard.problems.length)}
        </p>
      )}
      {dashboard.state === 'ready' &&
        (rows.length > 0 ? (
          <ul class="popup__list">
            {rows.map((view) => (
              <InterviewRow key={view.interview.id} view={view} now={now} />
            ))}
          </ul>
        ) : (
          <div class="popup__empty">
            <p class="popup__empty-title">{t('popupEmptyTitle')}</p>
            <p>{t('popupEmptyHint')}</p>
          </div>
        ))}
      <footer class="popup__footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
