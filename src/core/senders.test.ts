import { describe, expect, it } from 'vitest';
import { companyFromSenderName, isAutomatedSender, sameAddress } from './senders';

describe('isAutomatedSender', () => {
  it.each([
    'no-reply@us.greenhouse-mail.io',
    'dana@greenhouse.io',
    'notifications@hire.lever.co',
    'acme@myworkday.com',
    'acme@myworkdayjobs.com',
    'notifications@calendly.com',
    'jobs@smartrecruiters.com',
    'acme@talent.icims.com',
    'no-reply@ashbyhq.com',
    'acme@teamtailor-mail.com',
    'jobs@acme.personio.de',
    'acme@recruitee.com',
    'acme@jobvite.com',
    'inmail-hit-reply@linkedin.com',
    'alert@indeed.com',
    'calendar-notification@google.com',
    'noreply@acme.com',
    'careers-noreply@acme.com',
    'do-not-reply@acme.com',
    'donotreply@acme.com',
    'notifications@acme.com',
  ])('%s is no person', (email) => {
    expect(isAutomatedSender(email)).toBe(true);
  });

  it.each(['dana.whitaker@acme.com', 'dana@google.com', 'replyall@acme.com', 'nora.eply@acme.com'])(
    '%s is a person',
    (email) => {
      expect(isAutomatedSender(email)).toBe(false);
    },
  );
});

describe('companyFromSenderName', () => {
  it.each([
    ['Acme Robotics via Greenhouse', 'Acme Robotics'],
    ['Acme Recruiting Team', 'Acme'],
    ['Talent Acquisition at Acme', 'Acme'],
    ['"Initech Careers"', 'Initech'],
    ['Equipo de Selección de Acme', 'Acme'],
    ['Dana Whitaker via LinkedIn', ''],
    ['Dana Whitaker', ''],
    ['Greenhouse', ''],
    ['Calendly', ''],
  ])('%s → "%s"', (name, company) => {
    expect(companyFromSenderName(name)).toBe(company);
  });
});

describe('sameAddress', () => {
  it.each([
    ['Alex.Morgan@Gmail.com', 'alex.morgan@gmail.com', true],
    ['alexmorgan@gmail.com', 'alex.morgan@gmail.com', true],
    ['alex.morgan+jobs@googlemail.com', 'alex.morgan@gmail.com', true],
    ['alex.morgan@acme.com', 'alexmorgan@acme.com', false],
    ['alex.morgan@gmail.com', null, false],
  ])('%s is %s: %s', (a, b, same) => {
    expect(sameAddress(a, b)).toBe(same);
  });
});
