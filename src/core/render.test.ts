import { describe, expect, it } from 'vitest';
import {
  buildRenderContext,
  firstNameOf,
  PLACEHOLDERS,
  renderTemplate,
  unknownPlaceholders,
  type RenderContext,
} from './render';
import { local, makeInterview } from './test-support';
import { promptsIn } from './built-in-templates';

const ALL =
  '{firstName}|{interviewerName}|{company}|{role}|{weekday}|{date}|{topic}|{qualification}|{myName}|{signature}';
const full: RenderContext = {
  firstName: 'Dana',
  interviewerName: 'Dana Whitaker',
  company: 'Acme',
  role: 'Senior Software Engineer',
  weekday: 'Tuesday',
  date: 'March 3',
  topic: 'the search rewrite',
  qualification: 'my work on Postgres replication',
  myName: 'Sam Rivera',
  signature: 'Sam Rivera | +1 555 0100',
};
const text = (body: string, context: RenderContext = full): string =>
  renderTemplate({ subject: '', body }, context, { format: 'text' }).body;

describe('renderTemplate, text mode', () => {
  it('fills every placeholder', () => {
    expect(text(ALL)).toBe(
      'Dana|Dana Whitaker|Acme|Senior Software Engineer|Tuesday|March 3|the search rewrite|my work on Postgres replication|Sam Rivera|Sam Rivera | +1 555 0100',
    );
  });

  it('fills the subject too, and tolerates spaces inside braces', () => {
    const out = renderTemplate({ subject: 'Thanks, { firstName }', body: '' }, full, {
      format: 'text',
    });
    expect(out.subject).toBe('Thanks, Dana');
  });

  it('renders missing or blank values as visible prompts', () => {
    expect(text('{topic} / {qualification} / {firstName}', { topic: '   ' })).toBe(
      "[topic you enjoyed] / [a qualification to highlight] / [interviewer's first name]",
    );
    const prompts = text(ALL, {}).split('|');
    expect(prompts).toHaveLength(PLACEHOLDERS.length);
    for (const prompt of prompts) expect(prompt).toMatch(/^\[[^\]{}]+\]$/);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it('leaves unknown placeholders as written', () => {
    expect(text('Hi {firstname}, {salary} {}', full)).toBe('Hi {firstname}, {salary} {}');
  });

  it('never expands placeholders inside values', () => {
    expect(text('{company}', { company: '{myName} & co' })).toBe('{myName} & co');
  });

  it('leaves markup-looking text alone and keeps newlines', () => {
    const body = '<b>{company}</b> & "friends"\nline two';
    expect(text(body, { company: '<i>Acme</i>' })).toBe('<b><i>Acme</i></b> & "friends"\nline two');
  });
});

describe('renderTemplate, html mode', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const html = (
    body: string,
    context: RenderContext,
    subject = '',
  ): { subject: string; body: string } =>
    renderTemplate({ subject, body }, context, { format: 'html' });
  const parse = (markup: string): HTMLElement => {
    const container = document.createElement('div');
    container.append(new DOMParser().parseFromString(markup, 'text/html').body);
    return container;
  };

  it('escapes hostile values so they stay text', () => {
    const out = html('Hi {firstName} at {company}', {
      firstName: hostile,
      company: `"Acme" & 'Co'`,
    });
    expect(out.body).toBe(
      '<p>Hi &lt;img src=x onerror=alert(1)&gt; at &quot;Acme&quot; &amp; &#39;Co&#39;</p>',
    );
    const dom = parse(out.body);
    expect(dom.querySelector('img')).toBeNull();
    expect(dom.textContent).toBe(`Hi ${hostile} at "Acme" & 'Co'`);
  });

  it('escapes the template text itself', () => {
    const dom = parse(html(`${hostile}<script>alert(2)</script>{role}`, { role: 'Dev' }).body);
    expect(dom.querySelectorAll('img, script')).toHaveLength(0);
    expect(dom.textContent).toBe(`${hostile}<script>alert(2)</script>Dev`);
  });

  it('turns blank lines into paragraphs and newlines into line breaks, and nothing else', () => {
    const out = html('Hi {firstName},\r\n\r\nline one\nline two\n \n\nBye', { firstName: 'Dana' });
    expect(out.body).toBe('<p>Hi Dana,</p><p>line one<br>line two</p><p>Bye</p>');
    const tags = [...parse(out.body).querySelectorAll('*')].map((el) => el.tagName);
    expect(new Set(tags)).toEqual(new Set(['BODY', 'P', 'BR']));
  });

  it('escapes prompts and the subject, keeping the subject on one line', () => {
    const out = html('{firstName}', {}, 'Re: {company}\n<b>');
    expect(out.body).toBe('<p>[interviewer&#39;s first name]</p>');
    expect(out.subject).toBe('Re: [company] &lt;b&gt;');
    expect(html('', { company: hostile }, '{company}').subject).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
  });
});

describe('unknownPlaceholders', () => {
  it('reports each unknown name once, in order, and no known one', () => {
    expect(unknownPlaceholders('{salary} {firstName} {FirstName} {salary} {topic}')).toEqual([
      'salary',
      'FirstName',
    ]);
    expect(unknownPlaceholders(ALL)).toEqual([]);
  });

  it('describes every placeholder for the options page', () => {
    expect(PLACEHOLDERS.map((p) => p.name)).toEqual(ALL.replace(/[{}]/g, '').split('|'));
    for (const p of PLACEHOLDERS) expect(p.description.length).toBeGreaterThan(3);
  });
});

describe('buildRenderContext', () => {
  const interview = makeInterview({
    company: ' Acme ',
    role: 'Senior Software Engineer',
    interviewer: { name: 'Dana Whitaker', email: 'dana@acme.example' },
    start: local(2026, 3, 3, 14),
  });

  it('takes everything it can from the interview, and the rest from the user', () => {
    expect(
      buildRenderContext(interview, { myName: 'Sam Rivera', topic: 'the search rewrite' }),
    ).toEqual({
      firstName: 'Dana',
      interviewerName: 'Dana Whitaker',
      company: 'Acme',
      role: 'Senior Software Engineer',
      weekday: 'Tuesday',
      date: 'March 3',
      topic: 'the search rewrite',
      qualification: '',
      myName: 'Sam Rivera',
      signature: '',
    });
  });

  it('leaves unknown values blank so they render as prompts', () => {
    const blank = makeInterview({ interviewer: { name: '', email: 'x@acme.example' }, role: '' });
    const context = buildRenderContext(blank, { myName: '' });
    expect(text('{firstName} {role} {myName}', context)).toBe(
      "[interviewer's first name] [role] [your name]",
    );
  });

  it.each([
    ['en', 'Tuesday', 'March 3'],
    ['es', 'martes', '3 de marzo'],
    ['de', 'Dienstag', '3. März'],
    ['fr', 'mardi', '3 mars'],
    ['pt_BR', 'terça-feira', '3 de março'],
  ] as const)('writes weekday and date the %s way', (language, weekday, date) => {
    const context = buildRenderContext(interview, { myName: 'Sam', language });
    expect(context.weekday).toBe(weekday);
    expect(context.date).toBe(date);
  });

  it('renders blank placeholders as prompts in the language given', () => {
    const out = renderTemplate(
      { subject: '{role}', body: '{topic}' },
      {},
      {
        format: 'text',
        prompts: promptsIn('es'),
      },
    );
    expect(out).toEqual({ subject: '[puesto]', body: '[tema de la conversación que te gustó]' });
  });

  it.each([
    ['Dana Whitaker', 'Dana'],
    ['  Dr. Dana Whitaker ', 'Dana'],
    ['Whitaker, Dana', 'Dana'],
    ['Ms Lee', 'Lee'],
    ['Cher', 'Cher'],
    ['', ''],
  ])('the first name of %j is %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
