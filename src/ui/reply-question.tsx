import type { InterviewStatus } from '../core/interview';
import { t } from './i18n';

export type ReplyAnswer = InterviewStatus | 'keep';

interface Props {
  /** The class of the group, for each page's own layout. */
  class: string;
  /** The question: the thread bar's, or the dashboard's possible reply. */
  question: string;
  disabled?: boolean;
  onAnswer(answer: ReplyAnswer): void;
}

/**
 * What the user says after an employer's reply, before anything but the pause changes: still
 * waiting, an offer, a rejection, or keep the reminders going. The thread bar and the dashboard
 * ask the same.
 */
export function ReplyQuestion({ class: className, question, disabled, onAnswer }: Props) {
  const answers: [ReplyAnswer, string][] = [
    ['awaiting', t('replyWaiting')],
    ['offer', t('replyOffer')],
    ['rejected', t('replyRejected')],
    ['keep', t('replyKeep')],
  ];
  return (
    <div class={className} role="group" aria-label={question}>
      <span>{question}</span>
      {answers.map(([answer, label]) => (
        <button key={answer} type="button" disabled={disabled} onClick={() => onAnswer(answer)}>
          {label}
        </button>
      ))}
    </div>
  );
}
