import type { Locale } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import type { InterviewCard } from '../core/card';
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
  cards: InterviewCard[];
  now: number;
  locale: Locale | undefined;
  expanded: string | null;
  onToggle(id: string): void;
  actions: RowActions;
}

/** One section of the dashboard; Closed starts folded, the others open. */
export function GroupSection({ name, cards, expanded, ...row }: Props) {
  const [open, setOpen] = useState(name !== 'closed');
  const [shown, setShown] = useState(PAGE);
  const listId = `group-${name}`;
  // An interview the user is working on stays in view when an action moves it here (closing it).
  const holdsExpanded = cards.some((card) => card.id === expanded);
  useEffect(() => {
    if (holdsExpanded) setOpen(true);
  }, [holdsExpanded]);
  // The open interview stays visible even when it sits past the page.
  const visible = cards.filter((card, index) => index < shown || card.id === expanded);
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
          {t(TITLES[name])} <span class="group__count">{cards.length}</span>
        </button>
      </h2>
      {open && (
        <>
          <ul id={listId} class="popup__list">
            {visible.map((card) => (
              <InterviewRow key={card.id} card={card} expanded={card.id === expanded} {...row} />
            ))}
          </ul>
          {cards.length > shown && (
            <button type="button" class="link group__more" onClick={() => setShown(shown + PAGE)}>
              {t('groupShowMore', Math.min(PAGE, cards.length - shown), cards.length - shown)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
