import { addDays } from 'date-fns';
import { useState } from 'preact/hooks';
import type { InterviewView, PlannedStep } from '../core/plan-types';
import { stepName } from '../ui/step-name';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { toDateInput } from '../ui/interview-form';
import type { Action } from './use-action';

interface Props {
  view: InterviewView;
  step: PlannedStep;
  now: number;
  action: Action;
  onChanged(view: InterviewView): void;
}

/** A date input's day, at the time of day the plan uses for day reminders (9:00 by default). */
function snoozeTarget(day: string, remindAt: number): number {
  const target = new Date(`${day}T00:00`);
  const reminder = new Date(remindAt);
  target.setHours(reminder.getHours(), reminder.getMinutes());
  return target.getTime();
}

/** What the user can do about the next step: done, skip, or snooze it a day or to a date. */
export function StepActions({ view, step, now, action, onChanged }: Props) {
  const id = view.interview.id;
  const tomorrow = toDateInput(addDays(now, 1).getTime());
  const [day, setDay] = useState(tomorrow);
  const name = stepName(step.step);
  const act = (request: () => Promise<InterviewView>) =>
    void action.run(request).then((changed) => changed && onChanged(changed));
  const snoozeTo = (until: number) =>
    act(() => send('steps/snooze', { id, step: step.step, until }));
  const snoozeId = `snooze-${id}`;
  return (
    <div class="details__group" role="group" aria-label={t('popupNext', name)}>
      <div class="details__buttons">
        <button
          type="button"
          class="primary"
          disabled={action.busy}
          onClick={() => act(() => send('steps/done', { id, step: step.step }))}
        >
          {t('actionDone')}
        </button>
        <button
          type="button"
          disabled={action.busy}
          onClick={() => act(() => send('steps/skip', { id, step: step.step }))}
        >
          {t('actionSkip')}
        </button>
        <button
          type="button"
          disabled={action.busy}
          onClick={() => snoozeTo(addDays(now, 1).getTime())}
        >
          {t('actionSnoozeDay')}
        </button>
      </div>
      <form
        class="details__inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (day) snoozeTo(snoozeTarget(day, step.remindAt));
        }}
      >
        <label for={snoozeId}>{t('actionSnoozeUntil')}</label>
        <input
          id={snoozeId}
          type="date"
          min={tomorrow}
          value={day}
          onInput={(event) => setDay(event.currentTarget.value)}
          required
        />
        <button type="submit" disabled={action.busy || !day}>
          {t('actionSnooze')}
        </button>
      </form>
    </div>
  );
}
