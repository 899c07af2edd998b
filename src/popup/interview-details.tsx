import { useState } from 'preact/hooks';
import type { InterviewInput } from '../core/interview';
import type { InterviewView } from '../core/plan-types';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { InterviewForm } from '../ui/interview-form';
import { formValuesOf } from '../ui/interview-form-values';
import { replyAwaitsAnswer } from '../core/reply-detection';
import { ReplyQuestion } from '../ui/reply-question';
import { adviceFor, replyPending } from './advice';
import { ClosingActions } from './closing-actions';
import { ContactsEditor } from './contacts-editor';
import { NotesEditor } from './notes-editor';
import { StepActions } from './step-actions';
import { Timeline } from './timeline-list';
import { useAction } from './use-action';

export interface RowActions {
  /** The background answered with the changed interview. */
  changed(view: InterviewView): void;
  /** Delete, with an undo offered by the dashboard. */
  remove(view: InterviewView): void;
}

interface Props {
  id: string;
  view: InterviewView;
  now: number;
  actions: RowActions;
}

/** Everything about one interview: its actions, the guide's advice, timeline, notes, contacts. */
export function InterviewDetails({ id, view, now, actions }: Props) {
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const { interview, plan } = view;
  const heading = `${id}-heading`;

  if (editing) {
    const save = async (input: InterviewInput) => {
      actions.changed(await send('interviews/update', { id: interview.id, changes: input }));
      setEditing(false);
    };
    return (
      <div
        id={id}
        class="details"
        role="region"
        aria-label={t('actionEditNamed', interview.company)}
      >
        <InterviewForm
          initial={formValuesOf(interview)}
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }

  const advice = adviceFor(view);
  return (
    <div id={id} class="details" role="region" aria-labelledby={heading}>
      <h3 id={heading} class="visually-hidden">
        {t('detailsHeading', interview.company)}
      </h3>
      {interview.thread && (
        <button
          type="button"
          class="link"
          onClick={() =>
            void action.run(() => send('interviews/open-thread', { id: interview.id }))
          }
        >
          {t('actionOpenThread')}
        </button>
      )}
      {plan.next && (
        <StepActions
          view={view}
          step={plan.next}
          now={now}
          action={action}
          onChanged={actions.changed}
        />
      )}
      {replyAwaitsAnswer(interview) && (
        <ReplyQuestion
          class="details__notice details__reply"
          question={t('replyPossibleQuestion')}
          disabled={action.busy}
          onAnswer={(answer) =>
            void action
              .run(() =>
                answer === 'keep'
                  ? send('interviews/resume', { id: interview.id })
                  : send('interviews/close', { id: interview.id, status: answer }),
              )
              .then((changed) => changed && actions.changed(changed))
          }
        />
      )}
      {replyPending(view) && !replyAwaitsAnswer(interview) && (
        <p class="details__notice">
          {t('replyPaused')}{' '}
          <button
            type="button"
            class="link"
            disabled={action.busy}
            onClick={() =>
              void action
                .run(() => send('interviews/resume', { id: interview.id }))
                .then((changed) => changed && actions.changed(changed))
            }
          >
            {t('replyKeep')}
          </button>
        </p>
      )}
      {advice && <p class="details__advice">{advice}</p>}
      <ClosingActions
        view={view}
        action={action}
        onChanged={actions.changed}
        onEdit={() => setEditing(true)}
        onDelete={actions.remove}
      />
      {action.error && (
        <p class="details__error" role="alert">
          {t('actionFailed', action.error)}
        </p>
      )}
      <h4>{t('timelineHeading')}</h4>
      <Timeline view={view} />
      <h4>{t('notesLabel')}</h4>
      <NotesEditor view={view} action={action} onChanged={actions.changed} />
      <h4>{t('contactsHeading')}</h4>
      <ContactsEditor view={view} action={action} onChanged={actions.changed} />
    </div>
  );
}
