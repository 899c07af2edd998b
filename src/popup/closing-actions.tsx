import { isOpen, type InterviewStatus } from '../core/interview';
import type { InterviewView } from '../core/plan-types';
import { send } from '../messaging/send';
import { t, type MessageKey } from '../ui/i18n';
import type { Action } from './use-action';

interface Props {
  view: InterviewView;
  action: Action;
  onChanged(view: InterviewView): void;
  onEdit(): void;
  onDelete(view: InterviewView): void;
}

/** Rejected plans the feedback request (the guide: ask what to improve). */
const CLOSE_AS: readonly [InterviewStatus, MessageKey][] = [
  ['offer', 'actionOffer'],
  ['rejected', 'actionRejected'],
  ['withdrawn', 'actionWithdrawn'],
];

/** Edit, close as offer / rejected / withdrawn (or reopen), delete. */
export function ClosingActions({ view, action, onChanged, onEdit, onDelete }: Props) {
  const id = view.interview.id;
  const setStatus = (status: InterviewStatus) =>
    void action
      .run(() => send('interviews/close', { id, status }))
      .then((changed) => changed && onChanged(changed));
  return (
    <div class="details__buttons">
      <button type="button" disabled={action.busy} onClick={onEdit}>
        {t('actionEdit')}
      </button>
      {isOpen(view.interview) ? (
        CLOSE_AS.map(([status, key]) => (
          <button
            key={status}
            type="button"
            disabled={action.busy}
            onClick={() => setStatus(status)}
          >
            {t(key)}
          </button>
        ))
      ) : (
        <button type="button" disabled={action.busy} onClick={() => setStatus('awaiting')}>
          {t('actionReopen')}
        </button>
      )}
      <button type="button" class="danger" disabled={action.busy} onClick={() => onDelete(view)}>
        {t('actionDelete')}
      </button>
    </div>
  );
}
