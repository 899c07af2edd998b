import { describe, expect, it } from 'vitest';
import { prefillFromThread, type Prefill } from './prefill';
import type { ThreadFacts, ThreadMessage } from './thread-facts';

/**
 * Realistic invitation threads, oldest message first, each with what the tag form should start
 * with. The user is alex.morgan@gmail.com unless the case says otherwise.
 */
const from = (sender: string, text: string): ThreadMessage => {
  const [, name = '', email = ''] = /^(?:(.*?)\s*<)?([^<>]+?)>?$/.exec(sender) ?? [];
  return { senderName: name, senderEmail: email, dateText: 'Tue, Feb 24, 2026, 10:15 AM', text };
};
const ALEX = 'alex.morgan@gmail.com';
const alex = (text = 'Thank you, that works for me!\n\nAlex Morgan') =>
  from(`Alex Morgan <${ALEX}>`, text);

interface Case {
  name: string;
  subject: string;
  user?: string | null;
  messages: ThreadMessage[];
  expected: Prefill;
}

const CASES: Case[] = [
  {
    name: 'recruiter with a piped signature, the user replies',
    subject: 'Re: Interview for Senior Software Engineer at Acme',
    messages: [
      from(
        'Dana Whitaker <dana.whitaker@acme.com>',
        'Hi Alex,\nCan you do Tuesday, March 3 at 2:00 PM?\n\nBest,\nDana Whitaker | Senior Recruiter | Acme Corp',
      ),
      alex(),
    ],
    expected: {
      company: 'Acme Corp',
      role: 'Senior Software Engineer',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana.whitaker@acme.com',
    },
  },
  {
    name: 'recruiter, then Greenhouse confirms the slot',
    subject: 'Interview for Senior Engineer - Acme Robotics',
    messages: [
      from(
        'Dana Whitaker <dana@acmerobotics.com>',
        'Hi Alex, you will get a link to pick a time.\nDana',
      ),
      alex(),
      from(
        'Acme Robotics via Greenhouse <no-reply@us.greenhouse-mail.io>',
        'Your interview is confirmed for Tuesday, March 3 at 2:00 PM.',
      ),
    ],
    expected: {
      company: 'Acme Robotics',
      role: 'Senior Engineer',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana@acmerobotics.com',
    },
  },
  {
    name: 'only Greenhouse wrote: the company from its display name, no interviewer',
    subject: 'Interview Invitation',
    messages: [
      from(
        'Acme Robotics via Greenhouse <no-reply@greenhouse.io>',
        'Please choose a time for your interview.',
      ),
    ],
    expected: { company: 'Acme Robotics', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'Lever sends the invitation, a recruiter follows up',
    subject: 'Your application to Product Designer at Globex',
    messages: [
      from(
        'Globex Recruiting Team <no-reply@hire.lever.co>',
        'Thanks for applying! We would like to invite you to interview.',
      ),
      from('Sam Lee <sam.lee@globex.com>', 'Hi Alex, does Thursday at 10am work?\nSam'),
    ],
    expected: {
      company: 'Globex',
      role: 'Product Designer',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam.lee@globex.com',
    },
  },
  {
    name: 'Calendly notification after the recruiter sent a link',
    subject: 'Phone screen: Backend Engineer (Initech)',
    messages: [
      from(
        'Priya Shah <priya.shah@initech.com>',
        'Hi Alex, please book a slot: calendly.com/priya-initech\nPriya',
      ),
      from(
        'Calendly <notifications@calendly.com>',
        'A new event has been scheduled: 30 Minute Meeting with Priya Shah.',
      ),
    ],
    expected: {
      company: 'Initech',
      role: 'Backend Engineer',
      interviewerName: 'Priya Shah',
      interviewerEmail: 'priya.shah@initech.com',
    },
  },
  {
    name: 'Google Calendar invite after the recruiter’s mail: the company from her domain',
    subject:
      'Invitation: Interview with Dana Whitaker @ Tue Mar 3, 2026 2pm - 3pm (EST) (alex.morgan@gmail.com)',
    messages: [
      from('Dana Whitaker <dana@acme.com>', 'Sending you an invite now.\nDana'),
      from(
        'Dana Whitaker (Google Calendar) <calendar-notification@google.com>',
        'You have been invited to the following event.',
      ),
    ],
    expected: {
      company: 'Acme',
      role: '',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana@acme.com',
    },
  },
  {
    name: 'only the Google Calendar invite: nobody, and never "Google"',
    subject:
      'Invitation: Interview with Dana Whitaker @ Tue Mar 3, 2026 2pm - 3pm (EST) (alex.morgan@gmail.com)',
    messages: [
      from(
        'Google Calendar <calendar-notification@google.com>',
        'You have been invited to the following event.',
      ),
    ],
    expected: { company: '', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'Workday, then an Outlook recruiter named "Last, First"',
    subject: 'RE: Interview for the Data Analyst position at Initech',
    messages: [
      from('Initech <initech@myworkday.com>', 'Your application has moved to the interview stage.'),
      alex('Looking forward to it.'),
      from('Whitaker, Dana <dana.whitaker@initech.com>', 'Hi Alex, see you on Monday.'),
    ],
    expected: {
      company: 'Initech',
      role: 'Data Analyst',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana.whitaker@initech.com',
    },
  },
  {
    name: 'the user writes from a company address; the recruiter’s domain names the employer',
    subject: 'Re: Interview - Data Analyst',
    user: 'alex.morgan@umbrella.com',
    messages: [
      from('Dana Whitaker <dana@acme-robotics.com>', 'Hi Alex, are you free on Friday at 3pm?'),
      from(
        'Alex Morgan <alex.morgan@umbrella.com>',
        'Yes, Friday works.\nAlex Morgan\nUmbrella Corp',
      ),
    ],
    expected: {
      company: 'Acme Robotics',
      role: 'Data Analyst',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana@acme-robotics.com',
    },
  },
  {
    name: 'an internal move: the user’s own domain never names the company',
    subject: 'Interview - Data Analyst',
    user: 'alex.morgan@umbrella.com',
    messages: [
      from('Sam Lee <sam.lee@umbrella.com>', 'Hi Alex, let us talk about the analyst opening.'),
      from('Alex Morgan <alex.morgan@umbrella.com>', 'Great, thanks!'),
    ],
    expected: {
      company: '',
      role: 'Data Analyst',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam.lee@umbrella.com',
    },
  },
  {
    name: 'a founder on Gmail with a name / title / company signature',
    subject: 'Interview',
    messages: [
      from(
        'Jordan Kim <jordan.kim.builds@gmail.com>',
        'Hi Alex,\nWould you like to chat on Wednesday at 11am?\n\nJordan Kim\nFounder & CEO\nBrightside Labs',
      ),
      alex(),
    ],
    expected: {
      company: 'Brightside Labs',
      role: '',
      interviewerName: 'Jordan Kim',
      interviewerEmail: 'jordan.kim.builds@gmail.com',
    },
  },
  {
    name: 'a recruiter on Hotmail without a signature: no company from hotmail.com',
    subject: 'Interview next week',
    messages: [
      from('Maria Lopez <maria.lopez84@hotmail.com>', 'Hi Alex, can we talk Monday at 9?'),
    ],
    expected: {
      company: '',
      role: '',
      interviewerName: 'Maria Lopez',
      interviewerEmail: 'maria.lopez84@hotmail.com',
    },
  },
  {
    name: 'the user forwarded the invitation to themselves',
    subject: 'Fwd: Interview for Senior Engineer - Acme Robotics',
    messages: [
      alex(
        'For my records.\n\n---------- Forwarded message ---------\nFrom: Dana Whitaker <dana@acmerobotics.com>\nDate: Tue, Feb 24, 2026 at 10:15 AM\nSubject: Interview for Senior Engineer - Acme Robotics\nTo: <alex.morgan@gmail.com>\n\nHi Alex,\nCan you do March 3 at 2pm?\n\nDana Whitaker | Talent Partner | Acme Robotics Inc.',
      ),
    ],
    expected: {
      company: 'Acme Robotics Inc.',
      role: 'Senior Engineer',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana@acmerobotics.com',
    },
  },
  {
    name: 'a friend forwarded the invitation: the forwarded sender is the interviewer',
    subject: 'Fwd: Interview for Backend Engineer at Globex',
    messages: [
      from(
        'Chris Park <chris.park@yahoo.com>',
        'Alex, this came to me by mistake!\n\n---------- Forwarded message ---------\nFrom: "Sam Lee" <sam.lee@globex.com>\nDate: Mon, Feb 23, 2026\nSubject: Interview for Backend Engineer at Globex\n\nHi Alex, are you free Thursday at 10am?\nSam',
      ),
    ],
    expected: {
      company: 'Globex',
      role: 'Backend Engineer',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam.lee@globex.com',
    },
  },
  {
    name: 'only the user’s Outlook reply is shown, quoting the recruiter',
    subject: 'RE: Vorstellungsgespräch als Softwareentwickler bei Acme GmbH',
    user: 'alex.morgan@web.de',
    messages: [
      from(
        'Alex Morgan <alex.morgan@web.de>',
        'Vielen Dank, der Termin passt.\n\nVon: Becker, Jonas <jonas.becker@acme.de>\nGesendet: Montag, 23. Februar 2026 09:12\nAn: Alex Morgan <alex.morgan@web.de>\nBetreff: Vorstellungsgespräch als Softwareentwickler bei Acme GmbH\n\nHallo Alex,\npasst Ihnen Dienstag um 14 Uhr?',
      ),
    ],
    expected: {
      company: 'Acme GmbH',
      role: 'Softwareentwickler',
      interviewerName: 'Jonas Becker',
      interviewerEmail: 'jonas.becker@acme.de',
    },
  },
  {
    name: 'the user is unknown: the subject still names the company, nobody is guessed',
    subject: 'Interview for Senior Software Engineer at Acme',
    user: null,
    messages: [
      from(
        'Dana Whitaker <dana.whitaker@acme.com>',
        'Hi Alex,\nDana Whitaker | Recruiter | Acme Corp',
      ),
      alex(),
    ],
    expected: {
      company: 'Acme',
      role: 'Senior Software Engineer',
      interviewerName: '',
      interviewerEmail: '',
    },
  },
  {
    name: 'the user is unknown: a platform display name still names the company',
    subject: 'Interview Invitation',
    user: null,
    messages: [from('Acme Talent Team <no-reply@ashbyhq.com>', 'Please pick a time.'), alex()],
    expected: { company: 'Acme', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'the user is unknown: no company from any sender’s domain',
    subject: 'Interview next week',
    user: null,
    messages: [from('Dana Whitaker <dana@acme.com>', 'Hi Alex, can we talk Monday at 9?'), alex()],
    expected: { company: '', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'Spanish: a recruiter with name / title / company, a Gmail user',
    subject: 'RE: Entrevista para el puesto de Analista de Datos en Acme',
    messages: [
      from(
        'María García <maria.garcia@acme.es>',
        'Hola Alex:\n¿Te viene bien el miércoles 2 de diciembre a las 10:00?\n\nSaludos,\nMaría García\nReclutadora\nAcme Soluciones',
      ),
      alex('¡Perfecto, gracias!'),
    ],
    expected: {
      company: 'Acme Soluciones',
      role: 'Analista de Datos',
      interviewerName: 'María García',
      interviewerEmail: 'maria.garcia@acme.es',
    },
  },
  {
    name: 'German: Teamtailor first, then the recruiter; a web.de user',
    subject: 'AW: Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)',
    user: 'alex.morgan@web.de',
    messages: [
      from('Acme Karriere <no-reply@teamtailor-mail.com>', 'Wir laden Sie zum Gespräch ein.'),
      from('Alex Morgan <alex.morgan@web.de>', 'Vielen Dank!'),
      from(
        'Jonas Becker <j.becker@acme.de>',
        'Hallo Alex,\nam Dienstag, 3. März um 14 Uhr?\n\nMit freundlichen Grüßen\nJonas Becker\nRecruiting\nAcme Systems',
      ),
    ],
    expected: {
      company: 'Acme Systems',
      role: 'Data Analyst',
      interviewerName: 'Jonas Becker',
      interviewerEmail: 'j.becker@acme.de',
    },
  },
  {
    name: 'French: piped signature, an Orange user',
    subject: 'Entretien pour le poste de Chef de projet chez Acme',
    user: 'alex.morgan@orange.fr',
    messages: [
      from(
        'Claire Dubois <claire.dubois@acme.fr>',
        'Bonjour Alex,\nSeriez-vous disponible mardi 3 mars à 14h ?\n\nCordialement,\nClaire Dubois | Chargée de recrutement | Acme France',
      ),
    ],
    expected: {
      company: 'Acme France',
      role: 'Chef de projet',
      interviewerName: 'Claire Dubois',
      interviewerEmail: 'claire.dubois@acme.fr',
    },
  },
  {
    name: 'Portuguese: Recruitee, then the recruiter; the signature wins over the subject',
    subject: 'RES: Convite para entrevista: Desenvolvedor Backend - Acme',
    user: 'alex.morgan@bol.com.br',
    messages: [
      from('Acme Recrutamento <no-reply@recruitee.com>', 'Obrigado pela candidatura!'),
      from(
        'Ana Souza <ana.souza@acme.com.br>',
        'Olá Alex,\nterça-feira, 3 de março às 14h funciona?\n\nAtenciosamente,\nAna Souza\nTech Recruiter\nAcme Tecnologia Ltda',
      ),
      from('Alex Morgan <alex.morgan@bol.com.br>', 'Funciona sim, obrigado!'),
    ],
    expected: {
      company: 'Acme Tecnologia Ltda',
      role: 'Desenvolvedor Backend',
      interviewerName: 'Ana Souza',
      interviewerEmail: 'ana.souza@acme.com.br',
    },
  },
  {
    name: 'a LinkedIn InMail: the person behind LinkedIn is not taken from its address',
    subject: 'Interview for Senior Engineer at Acme',
    messages: [
      from('Dana Whitaker via LinkedIn <inmail-hit-reply@linkedin.com>', 'Hi Alex, interested?'),
    ],
    expected: {
      company: 'Acme',
      role: 'Senior Engineer',
      interviewerName: '',
      interviewerEmail: '',
    },
  },
  {
    name: 'SmartRecruiters: "Talent Acquisition at Umbrella"',
    subject: 'Interview Invitation',
    messages: [
      from(
        'Talent Acquisition at Umbrella <noreply@smartrecruiters.com>',
        'We would like to invite you.',
      ),
    ],
    expected: { company: 'Umbrella', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'the employer’s own no-reply address: no interviewer, its domain names the company',
    subject: 'Your interview is scheduled',
    messages: [
      from('<careers-noreply@initech.com>', 'Your interview is on March 3 at 2pm.'),
      alex(),
    ],
    expected: { company: 'Initech', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'the hiring manager replies after the recruiter: the latest person wins',
    subject: 'Re: Interview for Product Designer at Globex',
    messages: [
      from('Sam Lee <sam.lee@globex.com>', 'Looping in Robin, who leads design.'),
      alex(),
      from('Robin Stone <robin.stone@globex.com>', 'Hi Alex, looking forward to Thursday.'),
      alex('See you then!'),
    ],
    expected: {
      company: 'Globex',
      role: 'Product Designer',
      interviewerName: 'Robin Stone',
      interviewerEmail: 'robin.stone@globex.com',
    },
  },
  {
    name: 'the user’s own reply from a "+jobs" spelling of the same Gmail box is still the user',
    subject: 'Re: Interview for Product Designer at Globex',
    messages: [
      from('Sam Lee <sam.lee@globex.com>', 'Does Thursday at 10am work?'),
      from('Alex Morgan <alexmorgan+jobs@gmail.com>', 'Thursday works!'),
    ],
    expected: {
      company: 'Globex',
      role: 'Product Designer',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam.lee@globex.com',
    },
  },
  {
    name: 'the user’s address shown in another case',
    subject: 'Phone screen: Backend Engineer (Initech)',
    user: 'Alex.Morgan@Gmail.com',
    messages: [
      from('Priya Shah <priya.shah@initech.com>', 'Hi Alex!'),
      from('Alex Morgan <alex.morgan@gmail.com>', 'Hi Priya!'),
    ],
    expected: {
      company: 'Initech',
      role: 'Backend Engineer',
      interviewerName: 'Priya Shah',
      interviewerEmail: 'priya.shah@initech.com',
    },
  },
  {
    name: '"Interview with" the recruiter: she is no company, her domain names it',
    subject: 'Re: Interview with Dana Whitaker',
    messages: [
      from('Dana Whitaker <dana.whitaker@initech.com>', 'Hi Alex, does Tuesday at 2pm work?\nDana'),
      alex(),
    ],
    expected: {
      company: 'Initech',
      role: '',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana.whitaker@initech.com',
    },
  },
  {
    name: '"Interview with" the candidate (the user): the company from the sender’s signature',
    subject: 'Backend Engineer interview with Alex Morgan',
    messages: [
      from(
        'Sam Lee <sam.lee@globex.com>',
        'Hi Alex,\nPlease find the details below.\n\nSam Lee\nTalent Partner\nGlobex Health',
      ),
      alex(),
    ],
    expected: {
      company: 'Globex Health',
      role: 'Backend Engineer',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam.lee@globex.com',
    },
  },
  {
    name: '"Interview with" a recruiter on Gmail and nothing else: no company rather than her name',
    subject: 'Interview with Maria Lopez',
    messages: [
      from('Maria Lopez <maria.lopez84@gmail.com>', 'Hi Alex, can we talk Monday at 9?\nMaria'),
    ],
    expected: {
      company: '',
      role: '',
      interviewerName: 'Maria Lopez',
      interviewerEmail: 'maria.lopez84@gmail.com',
    },
  },
  {
    name: '"Interview with Initech", a recruiter on Gmail: the company still comes from the subject',
    subject: 'Interview with Initech',
    messages: [
      from('Dana Whitaker <dana.whitaker.hr@gmail.com>', 'Hi Alex, does Tuesday at 2pm work?'),
    ],
    expected: {
      company: 'Initech',
      role: '',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana.whitaker.hr@gmail.com',
    },
  },
  {
    name: '"Interview with Dana from Acme": the person, then the company',
    subject: 'Interview with Dana from Acme',
    messages: [from('Dana W. <dana.w@outlook.com>', 'Hi Alex, see you Thursday at 10am.')],
    expected: {
      company: 'Acme',
      role: '',
      interviewerName: 'Dana W.',
      interviewerEmail: 'dana.w@outlook.com',
    },
  },
  {
    name: 'Greenhouse for a recruiter who also wrote herself: her, with her address, and her domain',
    subject: 'Interview Invitation',
    messages: [
      from('Dana Whitaker <dana@initech.com>', 'Hi Alex, you will get a link to pick a time.'),
      alex(),
      from(
        'Dana Whitaker via Greenhouse <no-reply@us.greenhouse-mail.io>',
        'Your interview is confirmed for Tuesday, March 3 at 2:00 PM.',
      ),
    ],
    expected: {
      company: 'Initech',
      role: '',
      interviewerName: 'Dana Whitaker',
      interviewerEmail: 'dana@initech.com',
    },
  },
  {
    name: 'only Greenhouse wrote, for a bare name: neither a company nor a guessed person',
    subject: 'Interview Invitation',
    messages: [
      from(
        'Dana Whitaker via Greenhouse <no-reply@greenhouse.io>',
        'Please choose a time for your interview.',
      ),
    ],
    expected: { company: '', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: 'Spanish: Workday for a recruiter who signs: her name without an address, her company',
    subject: 'Entrevista para el puesto de Analista de Datos',
    messages: [
      from(
        'María García vía Workday <acme@myworkday.com>',
        'Hola Alex:\n¿Te viene bien el miércoles a las 10:00?\n\nSaludos,\nMaría García\nReclutadora\nAcme Soluciones',
      ),
    ],
    expected: {
      company: 'Acme Soluciones',
      role: 'Analista de Datos',
      interviewerName: 'María García',
      interviewerEmail: '',
    },
  },
  {
    name: 'German: Personio for the recruiter, who also writes: the company from his domain',
    subject: 'AW: Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)',
    user: 'alex.morgan@web.de',
    messages: [
      from('Jonas Becker über Personio <noreply@personio.de>', 'Wir laden Sie zum Gespräch ein.'),
      from('Alex Morgan <alex.morgan@web.de>', 'Vielen Dank!'),
      from(
        'Becker, Jonas <j.becker@acme.de>',
        'Hallo Alex,\nbis Dienstag um 14 Uhr.\nJonas Becker',
      ),
    ],
    expected: {
      company: 'Acme',
      role: 'Data Analyst',
      interviewerName: 'Jonas Becker',
      interviewerEmail: 'j.becker@acme.de',
    },
  },
  {
    name: 'French: Teamtailor for a recruiter with a piped signature',
    subject: 'Entretien avec Claire DUBOIS',
    user: 'alex.morgan@orange.fr',
    messages: [
      from(
        'Claire DUBOIS par Teamtailor <no-reply@teamtailor-mail.com>',
        'Bonjour Alex,\nSeriez-vous disponible mardi à 14h ?\n\nCordialement,\nClaire DUBOIS | Chargée de recrutement | Acme France',
      ),
    ],
    expected: {
      company: 'Acme France',
      role: '',
      interviewerName: 'Claire DUBOIS',
      interviewerEmail: '',
    },
  },
  {
    name: 'a platform name that is the employer’s domain name still names the company',
    subject: 'Interview Invitation',
    messages: [
      from('Umbrella Health via Greenhouse <no-reply@greenhouse.io>', 'Please pick a time.'),
      from('Sam Lee <sam@umbrellahealth.com>', 'Hi Alex, looking forward to it.'),
    ],
    expected: {
      company: 'Umbrella Health',
      role: '',
      interviewerName: 'Sam Lee',
      interviewerEmail: 'sam@umbrellahealth.com',
    },
  },
  {
    name: 'a one-word platform name is the company',
    subject: 'Interview Invitation',
    messages: [from('Initech via Lever <no-reply@hire.lever.co>', 'Please pick a time.')],
    expected: { company: 'Initech', role: '', interviewerName: '', interviewerEmail: '' },
  },
  {
    name: '"Interview with Dana", Dana only in the quoted Cc: a person, the company from the sender',
    subject: 'RE: Interview with Dana',
    messages: [
      alex(
        'Thank you, Tuesday works.\n\nFrom: Initech Recruiting <no-reply@initech.com>\nSent: Monday, February 23, 2026 9:12 AM\nTo: Alex Morgan <alex.morgan@gmail.com>\nCc: Whitaker, Dana <dana.whitaker@initech.com>; Lee, Sam <sam.lee@initech.com>\nSubject: Interview with Dana\n\nDear Alex, please confirm Tuesday at 2pm.',
      ),
    ],
    expected: { company: 'Initech', role: '', interviewerName: '', interviewerEmail: '' },
  },
];

describe('prefillFromThread on realistic threads', () => {
  it.each(CASES)('$name', ({ subject, user, messages, expected }) => {
    const facts: ThreadFacts = { subject, messages, userEmail: user === undefined ? ALEX : user };
    expect(prefillFromThread(facts)).toEqual(expected);
  });
});
