import { describe, expect, it } from 'vitest';
import { knownNames } from './thread-names';
import type { ThreadMessage } from './thread-facts';

const from = (senderName: string, senderEmail: string, text: string): ThreadMessage => ({
  senderName,
  senderEmail,
  dateText: '',
  text,
});

describe('knownNames', () => {
  it('gathers people from senders, quoted headers and signatures, companies from domains', () => {
    const known = knownNames({
      subject: 'Interview',
      userEmail: 'alex.morgan@gmail.com',
      messages: [
        from(
          'Acme Robotics via Greenhouse',
          'no-reply@greenhouse.io',
          'Please pick a time.\n\nBest,\nPriya Shah\nTalent Partner\nAcme Robotics',
        ),
        from('Initech', 'hr@initech.com', 'We received your application.'),
        from(
          'Alex Morgan',
          'alex.morgan@gmail.com',
          'Thanks!\n\nVon: Becker, Jonas <j.becker@acme.de>\nAn: Alex Morgan <alex.morgan@gmail.com>\nCc: "Stone, Robin" <robin@acme.de>, Sam Lee <sam@acme.de>\nBetreff: Interview',
        ),
      ],
    });
    expect([...known.people].sort()).toEqual([
      'Alex Morgan',
      'Jonas Becker',
      'Priya Shah',
      'Robin Stone',
      'Sam Lee',
    ]);
    expect([...known.companies].sort()).toEqual(['Acme', 'Acme Robotics', 'Initech']);
  });
});
