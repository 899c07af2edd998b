import { describe, expect, it } from 'vitest';
import { companyFromDomain, companyFromSignature, signatureName } from './company';
import type { ThreadMessage } from './thread-facts';

const signed = (text: string, senderName = 'Dana Whitaker'): ThreadMessage => ({
  senderName,
  senderEmail: 'dana.whitaker@acme.com',
  dateText: '',
  text,
});

describe('companyFromSignature', () => {
  it('reads the last part of a "Name | Title | Company" line', () => {
    expect(
      companyFromSignature(signed('Hi Alex,\nBest,\nDana Whitaker | Senior Recruiter | Acme Corp')),
    ).toBe('Acme Corp');
  });

  it('reads the line after the name and the title', () => {
    expect(
      companyFromSignature(
        signed('See you then.\nBest,\nDana Whitaker\nTalent Partner\nAcme Robotics\n+1 555 0100'),
      ),
    ).toBe('Acme Robotics');
    expect(
      companyFromSignature(
        signed('Mit freundlichen Grüßen\nJonas Becker\nRecruiting\nAcme Systems', 'Jonas Becker'),
      ),
    ).toBe('Acme Systems');
  });

  it('reads a line with a company suffix', () => {
    expect(companyFromSignature(signed('Thanks,\nDana\nTalent team\nGlobex GmbH'))).toBe(
      'Globex GmbH',
    );
  });

  it('takes no phone number, address or sign-off for a company', () => {
    expect(companyFromSignature(signed('Dana Whitaker\nRecruiter\n+1 (555) 010-0100'))).toBe('');
    expect(companyFromSignature(signed('Dana Whitaker\nRecruiter\ndana@acme.com'))).toBe('');
    expect(companyFromSignature(signed('Dana Whitaker | Recruiter | www.acme.com'))).toBe('');
    expect(companyFromSignature(signed('Talk soon.\nDana'))).toBe('');
  });
});

describe('signatureName', () => {
  it.each([
    ['Best,\nDana Whitaker | Senior Recruiter | Acme Corp', 'Dana Whitaker'],
    ['See you then.\nDana Whitaker\nTalent Partner\nAcme Robotics', 'Dana Whitaker'],
    ['Saludos,\nMaría García\nReclutadora\nAcme Soluciones', 'María García'],
    ['Mit freundlichen Grüßen\nJonas Becker', 'Jonas Becker'],
    ['Cordialement,\nClaire DUBOIS | Chargée de recrutement | Acme France', 'Claire DUBOIS'],
    ['Talk soon.\nDana', ''],
    ['Best regards,\nThe Acme Robotics Team', ''],
    ['Thanks,\nGlobex Recruiting', ''],
  ])('%j → "%s"', (text, name) => {
    expect(signatureName(text)).toBe(name);
  });
});

describe('companyFromDomain', () => {
  it.each([
    ['dana@acme-robotics.com', 'Acme Robotics'],
    ['dana@mail.initech.co.uk', 'Initech'],
    ['ana.souza@acme.com.br', 'Acme'],
    ['jonas@careers.globex.de', 'Globex'],
    ['dana@gmail.com', ''],
    ['maria@hotmail.es', ''],
    ['claire@orange.fr', ''],
    ['no-reply@greenhouse.io', ''],
    ['no-reply@us.greenhouse-mail.io', ''],
    ['acme@myworkday.com', ''],
    ['calendar-notification@google.com', ''],
  ])('%s → "%s"', (email, company) => {
    expect(companyFromDomain(email)).toBe(company);
  });
});
