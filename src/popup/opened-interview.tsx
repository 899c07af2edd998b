import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { InterviewCard } from '../core/card';
import type { InterviewView } from '../core/plan-types';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { InterviewDetails, type RowActions } from './interview-details';
import { errorMessage } from './use-dashboard';

type Loaded =
  | { state: 'loading' }
  | { state: 'gone' }
  | { state: 'error'; error: string }
  | { state: 'ready'; view: InterviewView };

interface Props {
  id: string;
  card: InterviewCard;
  now: number;
  actions: RowActions;
}

/**
 * The full interviews this popup has seen, by id (the dashboard provides one map). Closing an
 * interview moves its row to another section, which mounts it anew: the view it already has is
 * used instead of asking again.
 */
export const SeenViews = createContext(new Map<string, InterviewView>());

function known(seen: Map<string, InterviewView>, card: InterviewCard): Loaded {
  const view = seen.get(card.id);
  return view?.interview.updatedAt === card.updatedAt
    ? { state: 'ready', view }
    : { state: 'loading' };
}

/**
 * An opened row: the list holds only cards, so the full interview (timeline, notes, contacts) is
 * asked for here when the user opens it. Changes made here come back as full views.
 */
export function OpenedInterview({ id, card, now, actions }: Props) {
  const seen = useContext(SeenViews);
  const [loaded, setLoaded] = useState<Loaded>(() => known(seen, card));
  const show = (view: InterviewView) => {
    seen.set(view.interview.id, view);
    setLoaded({ state: 'ready', view });
  };
  useEffect(() => {
    if (loaded.state === 'ready') return undefined;
    let current = true;
    send('interviews/get', { id: card.id }).then(
      (view) => current && (view ? show(view) : setLoaded({ state: 'gone' })),
      (error: unknown) => current && setLoaded({ state: 'error', error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
    // Asked once per opening; later changes arrive through `changed`.
  }, [card.id]);

  if (loaded.state !== 'ready') {
    return (
      <div id={id} class="details" role="status">
        {loaded.state === 'loading' && t('popupLoading')}
        {loaded.state === 'gone' && t('detailsGone')}
        {loaded.state === 'error' && t('detailsError', loaded.error)}
      </div>
    );
  }
  const changed = (view: InterviewView) => {
    show(view);
    actions.changed(view);
  };
  return (
    <InterviewDetails
      id={id}
      view={loaded.view}
      now={now}
      actions={{ changed, remove: actions.remove }}
    />
  );
}
