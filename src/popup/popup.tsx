import { useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isOpen, type Interview, type InterviewInput } from '../core/interview';
import type { InterviewView } from '../core/plan-types';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { GroupSection } from './group-section';
import { dueCount, GROUPS, groupCards } from './groups';
import { AddInterview } from './add-interview';
import type { RowActions } from './interview-details';
import { UndoBar } from './undo-bar';
import { SeenViews } from './opened-interview';
import { SiteAccessNotice } from './site-access';
import { useAction } from './use-action';
import { useDashboard } from './use-dashboard';
import { useDateLocale } from './use-date-locale';

/** The dashboard: every interview by what it needs now, and every action on it. */
export function Popup() {
  const { dashboard, reload, put, drop } = useDashboard();
  const locale = useDateLocale();
  const [expanded, setExpanded] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleted, setDeleted] = useState<Interview | null>(null);
  const undo = useAction();
  const now = Date.now();
  const cards = dashboard.state === 'ready' ? dashboard.cards : [];
  const grouped = useMemo(() => groupCards(cards), [cards]);
  const count = dueCount(cards);
  const [seen] = useState(() => new Map<string, InterviewView>());

  const actions: RowActions = {
    changed: put,
    remove: (view: InterviewView) => {
      void undo.run(async () => {
        await send('interviews/delete', { id: view.interview.id });
        drop(view.interview.id);
        setDeleted(view.interview);
      });
    },
  };
  const restore = (interview: Interview) =>
    void undo.run(async () => {
      put(await send('interviews/restore', { interview }));
      setDeleted(null);
      setExpanded(interview.id);
    });
  const create = async (input: InterviewInput) => {
    const view = await send('interviews/create', { input });
    put(view);
    setAdding(false);
    setExpanded(view.interview.id);
  };

  return (
    <SeenViews.Provider value={seen}>
      <main class="popup">
        <header class="popup__header">
          <h1>{t('popupHeading')}</h1>
          {count > 0 && <span class="popup__due">{t('popupDueCount', count)}</span>}
          <button
            type="button"
            class="primary"
            aria-expanded={adding}
            onClick={() => setAdding(!adding)}
          >
            {t('addInterview')}
          </button>
        </header>
        {adding && <AddInterview onSave={create} onCancel={() => setAdding(false)} />}
        {deleted && (
          <UndoBar
            company={deleted.company}
            busy={undo.busy}
            onUndo={() => restore(deleted)}
            onDismiss={() => setDeleted(null)}
          />
        )}
        {undo.error && (
          <p class="popup__error" role="alert">
            {t('actionFailed', undo.error)}
          </p>
        )}
        <SiteAccessNotice />
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
        {dashboard.state === 'ready' && !cards.some(isOpen) && (
          <div class="popup__empty">
            <p class="popup__empty-title">{t('popupEmptyTitle')}</p>
            <p>{t('popupEmptyHint')}</p>
          </div>
        )}
        {GROUPS.filter((name) => grouped[name].length > 0).map((name) => (
          <GroupSection
            key={name}
            name={name}
            cards={grouped[name]}
            now={now}
            locale={locale}
            expanded={expanded}
            onToggle={(id) => setExpanded(expanded === id ? null : id)}
            actions={actions}
          />
        ))}
        <footer class="popup__footer">
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupOpenOptions')}
          </button>
        </footer>
      </main>
    </SeenViews.Provider>
  );
}
