import { describe, expect, it } from 'vitest';
import type { KnownNames } from './name-kind';
import { parseSubject } from './subject';

describe('parseSubject', () => {
  it.each([
    // English
    ['Interview for Senior Software Engineer at Acme', 'Senior Software Engineer', 'Acme'],
    ['Re: Interview for the Data Analyst position at Globex Inc.', 'Data Analyst', 'Globex Inc'],
    ['RE: AW: Interview invitation for Product Designer', 'Product Designer', ''],
    ['Backend Engineer interview with Initech', 'Backend Engineer', 'Initech'],
    ['Next steps: Backend Engineer role at Globex', 'Backend Engineer', 'Globex'],
    ['Interview for Senior Engineer - Acme Robotics', 'Senior Engineer', 'Acme Robotics'],
    ['Acme Robotics | Interview Invitation: Data Analyst', 'Data Analyst', 'Acme Robotics'],
    [
      'Invitation: Interview with Dana Whitaker @ Tue Mar 3, 2026 2pm - 3pm (EST) (alex@gmail.com)',
      '',
      '',
    ],
    ['Your application to Product Designer at Globex', 'Product Designer', 'Globex'],
    ['Phone screen: Backend Engineer (Initech)', 'Backend Engineer', 'Initech'],
    [
      'Fwd: Video interview - Marketing Manager - Umbrella Corp',
      'Marketing Manager',
      'Umbrella Corp',
    ],
    ['[External] Re: Interview with Initech', '', 'Initech'],
    [
      'Interview for Senior Engineer - Acme Robotics - Tue, Mar 3',
      'Senior Engineer',
      'Acme Robotics',
    ],
    [
      'Interview: Software Engineering Intern 2026 - Globex',
      'Software Engineering Intern 2026',
      'Globex',
    ],
    [
      'Invitation: Interview - Data Analyst with Dana Whitaker @ Tue Mar 3, 2026 2pm',
      'Data Analyst',
      '',
    ],
    // Spanish
    ['Entrevista: Analista de Datos - Acme', 'Analista de Datos', 'Acme'],
    ['Entrevista para el puesto de Analista de Datos en Acme', 'Analista de Datos', 'Acme'],
    [
      'RE: RV: Entrevista para el puesto de Ingeniero en Sistemas en Acme',
      'Ingeniero en Sistemas',
      'Acme',
    ],
    // German
    [
      'Vorstellungsgespräch als Softwareentwickler bei Acme GmbH',
      'Softwareentwickler',
      'Acme GmbH',
    ],
    ['Einladung zum Vorstellungsgespräch – Data Analyst (m/w/d)', 'Data Analyst', ''],
    [
      'AW: WG: Vorstellungsgespräch – Projektleiterin (w/m/d) – Acme AG',
      'Projektleiterin',
      'Acme AG',
    ],
    // French
    ['Entretien pour le poste de Chef de projet chez Acme', 'Chef de projet', 'Acme'],
    ['Entretien – Développeur Full Stack – Acme', 'Développeur Full Stack', 'Acme'],
    ['TR: Réf: Entretien – Développeur Full Stack (H/F) – Acme', 'Développeur Full Stack', 'Acme'],
    // Portuguese
    ['Entrevista para a vaga de Analista de Dados na Acme', 'Analista de Dados', 'Acme'],
    ['Convite para entrevista: Desenvolvedor Backend - Acme', 'Desenvolvedor Backend', 'Acme'],
    [
      'RES: ENC: Entrevista - Engenheira de Software (f/m/x) - Acme Ltda',
      'Engenheira de Software',
      'Acme Ltda',
    ],
  ])('%s', (subject, role, company) => {
    expect(parseSubject(subject)).toEqual({ role, company });
  });

  it.each([
    ['Lunch on Friday?'],
    ['Acme - Quarterly newsletter'],
    ['Re: Your order #1234'],
    ['Interview next week'],
    ['Your interview is scheduled'],
  ])('finds no role or company in: %s', (subject) => {
    expect(parseSubject(subject)).toEqual({ role: '', company: '' });
  });

  const NOBODY: KnownNames = { people: [], companies: [] };
  const DANA: KnownNames = { people: ['Dana Whitaker', 'Alex Morgan'], companies: ['Acme'] };

  it.each<[string, KnownNames, string, string]>([
    // "with" + a person of the thread: a person, never the company
    ['Interview with Dana Whitaker', DANA, '', ''],
    ['Re: Backend Engineer interview with Dana Whitaker', DANA, 'Backend Engineer', ''],
    ['Interview with Dana', DANA, '', ''],
    ['Interview - Data Analyst with Alex Morgan', DANA, 'Data Analyst', ''],
    [
      'Entrevista con María García - Analista de Datos',
      { people: ['Maria Garcia'], companies: [] },
      'Analista de Datos',
      '',
    ],
    ['Vorstellungsgespräch mit Jonas Becker', { people: ['Jonas Becker'], companies: [] }, '', ''],
    ['Entretien avec Claire DUBOIS', { people: ['Claire DUBOIS'], companies: [] }, '', ''],
    // a bare two-word name nobody in the thread carries: it cannot be told apart, so nothing
    ['Interview with Dana Whitaker', NOBODY, '', ''],
    ['Interview with our recruiting team', NOBODY, '', ''],
    ['Interview with Hiring Manager', NOBODY, '', ''],
    // "with the Acme team", "with Dana from Acme": the company whose team or person it is
    ['Interview with the Acme team', NOBODY, '', 'Acme'],
    ['Entrevista con el equipo de Acme', NOBODY, '', 'Acme'],
    ["Entretien avec l'équipe de Acme", NOBODY, '', 'Acme'],
    ['Interview with the hiring manager from Globex', NOBODY, '', 'Globex'],
    // "with" + a company: still the company
    ['Interview with Initech', DANA, '', 'Initech'],
    ['Interview with Acme Robotics', DANA, '', 'Acme Robotics'],
    [
      'Interview with Umbrella Health',
      { people: [], companies: ['Umbrella Health'] },
      '',
      'Umbrella Health',
    ],
    ['Entrevista con Acme Soluciones', NOBODY, '', 'Acme Soluciones'],
    ['Vorstellungsgespräch mit der Globex GmbH', NOBODY, '', 'Globex GmbH'],
    ['Entrevista com a Acme Tecnologia', NOBODY, '', 'Acme Tecnologia'],
    // "with Dana from Acme": the person, then the company
    ['Interview with Dana from Acme', NOBODY, '', 'Acme'],
    ['Invitation: Interview with Dana from Acme @ Tue Mar 3, 2026 2pm', NOBODY, '', 'Acme'],
    ['Vorstellungsgespräch mit Jonas von Acme Systems', NOBODY, '', 'Acme Systems'],
  ])('%s, knowing %j → role "%s", company "%s"', (subject, known, role, company) => {
    expect(parseSubject(subject, known)).toEqual({ role, company });
  });
});
