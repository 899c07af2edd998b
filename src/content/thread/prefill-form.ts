import type { ThreadFacts } from '../../core/thread-facts';
import { MAX_MESSAGE_TEXT, MAX_THREAD_MESSAGES } from '../../messaging/limits';
import { send } from '../../messaging/send';
import { newestMessages } from './newest-messages';
import { toDateInput, toLocalInput, type InterviewFormValues } from '../../ui/interview-form';

/** The newest messages, each cut to size: what matters for a prefill, within the protocol's limits. */
const trimmed = (facts: ThreadFacts): ThreadFacts => ({
  ...facts,
  messages: newestMessages(facts.messages, MAX_THREAD_MESSAGES, MAX_MESSAGE_TEXT),
});

/**
 * The form for a new interview, filled in from the thread by the background, and whether the
 * user's own address was known (else the interviewer is left empty rather than guessed).
 */
export async function prefillValues(
  facts: ThreadFacts,
): Promise<{ values: InterviewFormValues; userKnown: boolean }> {
  const prefill = await send('threads/prefill', { facts: trimmed(facts) });
  const values: InterviewFormValues = {
    company: prefill.company,
    role: prefill.role,
    interviewerName: prefill.interviewerName,
    interviewerEmail: prefill.interviewerEmail,
    start: toLocalInput(prefill.start),
    durationMinutes: String(prefill.durationMinutes ?? 60),
    format: 'video',
    decisionDate: toDateInput(prefill.decisionDate),
  };
  return { values, userKnown: prefill.userKnown };
}
