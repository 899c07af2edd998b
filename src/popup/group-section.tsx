import type { Locale } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import type { InterviewView } from '../messaging/protocol';
import { t, type MessageKey } from '../ui/i18n';
import type { GroupName } from './groups';
import type { RowActions } from './interview-details';
import { InterviewRow } from './interview-row';

/** Rows rendered at first and per "Show more": 1,000 interviews must not cost 1,000 rows at once. */
export const PAGE = 25;

const TITLES: Record<GroupName, MessageKey> = {
  due: 'groupDue',
  upcoming: 'groupUpcoming',
  waiting: 'groupWaiting',
  closed: 'groupClosed',
};

interface Props {
  name: GroupName;
  views: InterviewView[];
  now: number;
  locale: Locale | undefined;
  expanded: string | null;
  onToggle(id: string): void;
  actions: RowActions;
}

/** One section of the dashboard; Closed starts folded, the others open. */
export function GroupSection({ name, views, expanded, ...row }: Props) {
  const [open, setOpen] = useState(name !== 'closed');
  const [shown, setShown] = useState(PAGE);
  const listId = `group-${name}`;
  // An interview the user is working on stays in view when an action moves it here (closing it).
  const holdsExpanded = views.some((view) => view.interview.id === expanded);
  useEffect(() => {
    if (holdsExpanded) setOpen(true);
  }, [holdsExpanded]);
  // The open interview stays visible even when it sits past the page.
  const visible = views.filter((view, index) => index < shown || view.interview.id === expanded);
  return (
    <section class="group" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`} class="group__title">
        <button
          type="button"
          class="group__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span class="group__marker" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {t(TITLES[name])} <span class="group__count">{views.length}</span>
        </button>
      </h2>
      {open && (
        <>
          <ul id={listId} class="popup__list">
            {visible.map((view) => (
              <InterviewRow
                key={view.interview.id}
                view={view}
                expanded={view.interview.id === expanded}
                {...row}
              />
            ))}
          </ul>
          {views.length > shown && (
            <button type="button" class="link group__more" onClick={() => setShown(shown + PAGE)}>
              {t('groupShowMore', Math.min(PAGE, views.length - shown), views.length - shown)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
