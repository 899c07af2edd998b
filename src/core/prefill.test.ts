import { describe, expect, it } from 'vitest';
import {
  companyFromDomain,
  companyFromSignature,
  parseSubject,
  prefillFromThread,
} from './prefill';
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

describe('parseSubject', () => {
  it.each([
    ['Interview for Senior Software Engineer at Acme', 'Senior Software Engineer', 'Acme'],
    ['Re: Interview for the Data Analyst position at Globex Inc.', 'Data Analyst', 'Globex Inc'],
    ['RE: AW: Interview invitation for Product Designer', 'Product Designer', ''],
    ['Backend Engineer interview with Initech', 'Backend Engineer', 'Initech'],
    ['Next steps: Backend Engineer role at Globex', 'Backend Engineer', 'Globex'],
  ])('%s', (subject, role, company) => {
    expect(parseSubject(subject)).toEqual({ role, company });
  });

  it('finds nothing in an unrelated subject', () => {
    expect(parseSubject('Lunch on Friday?')).toEqual({ role: '', company: '' });
  });
});

describe('company', () => {
  it('reads the last part of a "Name | Title | Company" signature', () => {
    expect(companyFromSignature(dana)).toBe('Acme Corp');
  });

  it('reads a line with a company suffix', () => {
    expect(companyFromSignature({ ...dana, text: 'Thanks,\nDana\nTalent team\nGlobex GmbH' })).toBe(
      'Globex GmbH',
    );
  });

  it('names the company after the sender domain, never a free-mail one', () => {
    expect(companyFromDomain('dana@acme-robotics.com')).toBe('Acme Robotics');
    expect(companyFromDomain('dana@mail.initech.co.uk')).toBe('Initech');
    expect(companyFromDomain('dana@gmail.com')).toBe('');
    expect(companyFromDomain('no-reply@greenhouse.io')).toBe('');
  });
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
