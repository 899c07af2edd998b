import type { InterviewEvent, InterviewStatus } from '../core/interview';
import { stepName } from '../ui/step-name';
import type { InterviewView, StepState } from '../core/plan-types';
import { t, type MessageKey } from '../ui/i18n';

/** One line of an interview's history and plan, in time order. */
export interface TimelineEntry {
  at: number;
  text: string;
  /** Planned, not happened yet: shown apart from what happened. */
  planned: boolean;
}

const STATUS_KEYS: Record<InterviewStatus, MessageKey> = {
  scheduled: 'timelineReopened',
  awaiting: 'timelineReopened',
  offer: 'timelineOffer',
  rejected: 'timelineRejected',
  withdrawn: 'timelineWithdrawn',
  closed: 'timelineClosed',
};

function eventText(event: InterviewEvent, date: (at: number) => string): string {
  switch (event.type) {
    case 'done':
      return t('timelineDone', stepName(event.step));
    case 'skipped':
      return t('timelineSkipped', stepName(event.step));
    case 'snoozed':
      return t('timelineSnoozed', stepName(event.step), date(event.until));
    case 'notified':
      return t('timelineNotified', stepName(event.step));
    case 'reply':
      return t('timelineReply');
    case 'resumed':
      return t('timelineResumed');
    case 'status':
      return t(STATUS_KEYS[event.status]);
  }
}

/** What happens to a step not done or skipped yet; settled steps appear through their events. */
const PLANNED_KEYS: Partial<Record<StepState, MessageKey>> = {
  upcoming: 'timelinePlanned',
  due: 'timelineDue',
  overdue: 'timelineOverdue',
  paused: 'timelinePaused',
  cancelled: 'timelineCancelled',
};

export function timeline(view: InterviewView, date: (at: number) => string): TimelineEntry[] {
  const { interview, plan } = view;
  const entries: TimelineEntry[] = [
    { at: interview.createdAt, text: t('timelineAdded'), planned: false },
    { at: interview.start, text: t('timelineInterview'), planned: false },
    ...interview.events.map((event) => ({
      at: event.at,
      text: eventText(event, date),
      planned: false,
    })),
  ];
  for (const step of plan.steps) {
    const key = PLANNED_KEYS[step.state];
    if (!key) continue;
    entries.push({ at: step.remindAt, text: t(key, stepName(step.step)), planned: true });
  }
  return entries.sort((a, b) => a.at - b.at);
}
