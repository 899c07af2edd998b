import { stepName } from '../core/step-names';
import type { PlannedStep } from '../core/plan-types';
import type { InterviewView } from '../messaging/protocol';
import { t } from '../ui/i18n';
import { absoluteTime, timing, urgency } from './next-step';

interface Props {
  view: InterviewView;
  now: number;
}

export function InterviewRow({ view, now }: Props) {
  const { interview, plan } = view;
  const next = plan.next;
  const level = urgency(view);
  return (
    <li class={`row row--${level}`}>
      <div class="row__head">
        <span class="row__company">{interview.company}</span>
        {level === 'due' && <span class="tag tag--due">{t('popupStateDue')}</span>}
        {level === 'overdue' && <span class="tag tag--overdue">{t('popupStateOverdue')}</span>}
      </div>
      {interview.role && <div class="row__role">{interview.role}</div>}
      {next ? (
        <div class="row__next">
          <span class="row__step">{t('popupNext', stepName(next.step))}</span>
          <NextTime step={next} now={now} />
        </div>
      ) : (
        <div class="row__next row__next--quiet">
          {plan.stopSuggested ? t('popupStopSuggested') : t('popupNothingNext')}
        </div>
      )}
    </li>
  );
}

function NextTime({ step, now }: { step: PlannedStep; now: number }) {
  const { key, at, when } = timing(step, now);
  return (
    <time class="row__when" dateTime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {t(key, when)}
    </time>
  );
}
