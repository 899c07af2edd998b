import type { Locale } from 'date-fns';
import { stepName } from '../core/step-names';
import type { PlannedStep } from '../core/plan-types';
import type { InterviewView } from '../messaging/protocol';
import type { InterviewStatus } from '../core/interview';
import { t, type MessageKey } from '../ui/i18n';
import { InterviewDetails, type RowActions } from './interview-details';
import { absoluteTime, timing, urgency } from './next-step';

interface Props {
  view: InterviewView;
  now: number;
  locale: Locale | undefined;
  expanded: boolean;
  onToggle(id: string): void;
  actions: RowActions;
}

/** One interview: a summary that opens its details (actions, timeline, notes, contacts). */
export function InterviewRow({ view, now, locale, expanded, onToggle, actions }: Props) {
  const { interview, plan } = view;
  const level = urgency(view);
  const detailsId = `details-${interview.id}`;
  return (
    <li class={`row row--${level}`}>
      <button
        type="button"
        class="row__summary"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => onToggle(interview.id)}
      >
        <span class="row__head">
          <span class="row__company">{interview.company}</span>{' '}
          {level === 'due' && <span class="tag tag--due">{t('popupStateDue')}</span>}
          {level === 'overdue' && <span class="tag tag--overdue">{t('popupStateOverdue')}</span>}
        </span>
        {interview.role && <span class="row__role">{interview.role}</span>}
        {interview.interviewer.name && (
          <span class="row__interviewer">{interview.interviewer.name}</span>
        )}
        {plan.next ? (
          <span class="row__next">
            <span class="row__step">{t('popupNext', stepName(plan.next.step))}</span>
            <NextTime step={plan.next} now={now} locale={locale} />
          </span>
        ) : (
          <span class="row__next row__next--quiet">{quietLine(view)}</span>
        )}
      </button>
      {expanded && <InterviewDetails id={detailsId} view={view} now={now} actions={actions} />}
    </li>
  );
}

const CLOSED_LINES: Partial<Record<InterviewStatus, MessageKey>> = {
  offer: 'statusOffer',
  rejected: 'statusRejected',
  withdrawn: 'statusWithdrawn',
  closed: 'statusClosed',
};

/** An interview with nothing to do: why (closed, or the plan stopped), or that it is waiting. */
function quietLine({ interview, plan }: InterviewView): string {
  const closed = CLOSED_LINES[interview.status];
  if (closed) return t(closed);
  return t(plan.stopSuggested ? 'popupStopSuggested' : 'popupNothingNext');
}

function NextTime({ step, now, locale }: { step: PlannedStep; now: number; locale?: Locale }) {
  const { key, at, distance } = timing(step, now, locale);
  return (
    <time class="row__when" dateTime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {t(key, distance)}
    </time>
  );
}
