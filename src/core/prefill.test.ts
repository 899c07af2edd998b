import { describe, expect, it } from 'vitest';
import { prefillFromThread } from './prefill';
import type { ThreadFacts, ThreadMessage } from './thread-facts';

const dana: ThreadMessage = {
  senderName: 'Dana Whitaker',
  senderEmail: 'dana.whitaker@acme.com',
  dateText: 'Tue, Feb 24, 2026, 10:15 AM',
  text: 'Hi Alex,\nCan you do Tuesday, March 3 at 2:00 PM?\n\nBest,\nDana Whitaker | Senior Recruiter | Acme Corp',
};
const alex: ThreadMessage = {
  senderName: 'Alex Morgan',
  senderEmail: 'alex.morgan@gmail.com',
  dateText: 'Tue, Feb 24, 2026, 11:00 AM',
  text: 'That works, thank you!',
};
const thread = (
  messages: ThreadMessage[],
  subject = 'Interview for Senior Software Engineer at Acme',
): ThreadFacts => ({
  subject,
  messages,
  userEmail: 'alex.morgan@gmail.com',
});

describe('prefillFromThread', () => {
  it('takes the other party, not the user, as the interviewer', () => {
    expect(prefillFromThread(thread([dana, alex]))).toEqual({
      company: 'Acme Corp',
      role: 'Senior Software Engineer',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana.whitaker@acme.com',
    });
  });

  it('falls back to the subject, then the domain, for the company', () => {
    const plain = { ...dana, text: 'See you then.' };
    expect(prefillFromThread(thread([plain])).company).toBe('Acme');
    expect(prefillFromThread(thread([plain], 'Next steps')).company).toBe('Acme');
  });

  it('leaves fields empty when the thread holds only the user', () => {
    expect(prefillFromThread(thread([alex], 'Hello'))).toEqual({
      company: '',
      role: '',
      interviewerName: '',
      interviewerEmail: '',
    });
  });
});
