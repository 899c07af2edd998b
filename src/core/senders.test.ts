import { describe, expect, it } from 'vitest';
import type { KnownNames } from './name-kind';
import {
  companyFromSenderName,
  isAutomatedSender,
  personBehindPlatform,
  sameAddress,
} from './senders';

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
    ['Initech via Lever', 'Initech'],
    ['Globex Corp über Workday', 'Globex Corp'],
    ['Acme Soluciones vía Workday', 'Acme Soluciones'],
    // A bare two-word name could be a recruiter's: nothing rather than a guess.
    ['Dana Whitaker via Greenhouse', ''],
    ['Claire DUBOIS par Teamtailor', ''],
  ])('%s → "%s"', (name, company) => {
    expect(companyFromSenderName(name)).toBe(company);
  });

  const DANA: KnownNames = {
    people: ['Dana Whitaker', 'María García'],
    companies: ['Umbrella Health'],
  };

  it.each([
    ['Dana Whitaker via Greenhouse', '', 'Dana Whitaker'],
    ['Maria Garcia vía Workday', '', 'Maria Garcia'],
    ['Umbrella Health via Greenhouse', 'Umbrella Health', ''],
    ['Acme Robotics via Greenhouse', 'Acme Robotics', ''],
    ['Sam Lee via Lever', '', ''],
    ['Dana Whitaker via LinkedIn', '', ''],
  ])('knowing the thread, %s → company "%s", person "%s"', (name, company, person) => {
    expect(companyFromSenderName(name, DANA)).toBe(company);
    expect(personBehindPlatform(name, DANA)).toBe(person);
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
