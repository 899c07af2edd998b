import { DAY, HOUR, interviewInput } from './interviews';
import type { ExtensionSession } from './harness';
import type { Interview } from '../../src/core/interview';

/** A dashboard with one interview in each section, made through the background like a user's. */
export async function seedDashboard(ext: ExtensionSession): Promise<Record<string, string>> {
  const due = await ext.call('interviews/create', {
    input: interviewInput({ start: Date.now() - 4 * HOUR }),
  });
  const upcoming = await ext.call('interviews/create', {
    input: interviewInput({
      company: 'Initech',
      role: 'Backend Developer',
      interviewer: { name: 'Bill Lumbergh', email: 'bill@initech.example' },
      start: Date.now() + 2 * DAY,
      thread: {
        provider: 'gmail',
        threadId: 'initech',
        url: 'https://mail.google.com/mail/u/0/#inbox/initech',
        subject: 'Interview at Initech',
      },
    }),
  });
  const waiting = await ext.call('interviews/create', {
    input: interviewInput({
      company: 'Globex',
      role: 'Staff Engineer',
      interviewer: { name: 'Hank Scorpio', email: 'hank@globex.example' },
      start: Date.now() - 20 * DAY,
    }),
  });
  for (const step of ['thankYou', 'checkIn', 'secondCheckIn'] as const) {
    await ext.call('steps/done', { id: waiting.interview.id, step });
  }
  const closed = await ext.call('interviews/create', {
    input: interviewInput({ company: 'Umbrella', start: Date.now() - 5 * DAY }),
  });
  await ext.call('interviews/close', { id: closed.interview.id, status: 'offer' });
  return {
    due: due.interview.id,
    upcoming: upcoming.interview.id,
    waiting: waiting.interview.id,
    closed: closed.interview.id,
  };
}

/** `count` valid interview records, spread over the last months, for the 1,000-interview tests. */
export function manyInterviews(count: number, now = Date.now()): Interview[] {
  return Array.from({ length: count }, (_, i) => {
    const start = now - (i % 90) * DAY + (i % 7) * HOUR;
    const rejected = i % 10 === 0;
    const events: Interview['events'] = [];
    if (i % 3 === 0) events.push({ type: 'done', step: 'thankYou', at: start + 3 * HOUR });
    // As the dashboard records it: the feedback request is planned from this event.
    if (rejected) events.push({ type: 'status', status: 'rejected', at: start + 5 * DAY });
    return {
      id: `bulk-${i}`,
      company: `Company ${i}`,
      role: `Role ${i % 13}`,
      interviewer: { name: `Person ${i}`, email: `person${i}@example.com` },
      contacts: [],
      start,
      durationMinutes: 60,
      format: 'video',
      followUpChannel: 'email',
      notes: '',
      status: rejected ? 'rejected' : start > now ? 'scheduled' : 'awaiting',
      events,
      createdAt: start - DAY,
      updatedAt: start - DAY,
    };
  });
}
