import type { Locale } from 'date-fns';
import type { InterviewCard } from '../core/card';
import { stepName } from '../ui/step-name';
import type { PlannedStep } from '../core/plan-types';
import type { InterviewStatus } from '../core/interview';
import { t, type MessageKey } from '../ui/i18n';
import type { RowActions } from './interview-details';
import { absoluteTime, timing, urgency } from './next-step';
import { OpenedInterview } from './opened-interview';

interface Props {
  card: InterviewCard;
  now: number;
  locale: Locale | undefined;
  expanded: boolean;
  onToggle(id: string): void;
  actions: RowActions;
}

/** One interview: a summary that opens its details (actions, timeline, notes, contacts). */
export function InterviewRow({ card, now, locale, expanded, onToggle, actions }: Props) {
  const level = urgency(card.next);
  const detailsId = `details-${card.id}`;
  return (
    <li class={`row row--${level}`}>
      <button
        type="button"
        class="row__summary"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => onToggle(card.id)}
      >
        <span class="row__head">
          <span class="row__company">{card.company}</span>{' '}
          {level === 'due' && <span class="tag tag--due">{t('popupStateDue')}</span>}
          {level === 'overdue' && <span class="tag tag--overdue">{t('popupStateOverdue')}</span>}
          {card.replyAwaits && <span class="tag tag--reply">{t('replyPossible')}</span>}
        </span>
        {card.role && <span class="row__role">{card.role}</span>}
        {card.interviewerName && <span class="row__interviewer">{card.interviewerName}</span>}
        {card.next ? (
          <span class="row__next">
            <span class="row__step">{t('popupNext', stepName(card.next.step))}</span>
            <NextTime step={card.next} now={now} locale={locale} />
          </span>
        ) : (
          <span class="row__next row__next--quiet">{quietLine(card)}</span>
        )}
      </button>
      {expanded && <OpenedInterview id={detailsId} card={card} now={now} actions={actions} />}
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
function quietLine({ status, stopSuggested }: InterviewCard): string {
  const closed = CLOSED_LINES[status];
  if (closed) return t(closed);
  return t(stopSuggested ? 'popupStopSuggested' : 'popupNothingNext');
}

function NextTime({ step, now, locale }: { step: PlannedStep; now: number; locale?: Locale }) {
  const { key, at, distance } = timing(step, now, locale);
  return (
    <time class="row__when" dateTime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {t(key, distance)}
    </time>
  );
}
