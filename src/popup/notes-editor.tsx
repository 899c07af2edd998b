import { useState } from 'preact/hooks';
import type { InterviewView } from '../core/plan-types';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import type { Action } from './use-action';

interface Props {
  view: InterviewView;
  action: Action;
  onChanged(view: InterviewView): void;
}

/** Free notes (the guide: take notes right after the interview). Plain text, never markup. */
export function NotesEditor({ view, action, onChanged }: Props) {
  const [notes, setNotes] = useState(view.interview.notes);
  const [saved, setSaved] = useState(false);
  const id = `notes-${view.interview.id}`;
  const save = async (event: Event) => {
    event.preventDefault();
    const changed = await action.run(() =>
      send('interviews/update', { id: view.interview.id, changes: { notes } }),
    );
    if (!changed) return;
    setSaved(true);
    onChanged(changed);
  };
  return (
    <form class="details__notes" onSubmit={save}>
      <label for={id}>{t('notesLabel')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        value={notes}
        onInput={(event) => {
          setNotes(event.currentTarget.value);
          setSaved(false);
        }}
      />
      <div class="details__inline">
        <button type="submit" disabled={action.busy || notes === view.interview.notes}>
          {t('notesSave')}
        </button>
        {saved && <span role="status">{t('notesSaved')}</span>}
      </div>
    </form>
  );
}
