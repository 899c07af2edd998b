import { promptsIn } from './built-in-templates';
import type { Interview, StepKind } from './interview';
import type { TemplateLanguage } from './languages';
import { buildRenderContext, renderTemplate } from './render';
import { templateForStep, type Template } from './templates';

/** A template rendered for one interview, ready to insert: the content script renders nothing. */
export interface Draft {
  templateId: string;
  name: string;
  step?: StepKind;
  /** Plain-text subject, for a subject input. */
  subject: string;
  text: string;
  /** The same body as escaped markup: user text never becomes elements. */
  html: string;
}

/** Nobody tagged yet: every field renders as a visible prompt for the user to fill. */
const UNKNOWN_INTERVIEW = {
  company: '',
  role: '',
  interviewer: { name: '', email: '' },
  start: Number.NaN,
};

/**
 * Every template rendered for a compose, in the templates' language (dates and prompts too). The
 * template a step's button uses comes first among those of its step, so
 * `drafts.find(d => d.step === step)` is the right one.
 */
export function renderDrafts(
  templates: readonly Template[],
  interview: Pick<Interview, 'company' | 'role' | 'interviewer' | 'start'> | null,
  myName: string,
  signature = '',
  language: TemplateLanguage = 'en',
): Draft[] {
  const context = buildRenderContext(interview ?? UNKNOWN_INTERVIEW, {
    myName,
    signature,
    language,
  });
  const prompts = promptsIn(language);
  const preferred = new Set(
    templates
      .map((template) => template.step && templateForStep(templates, template.step))
      .filter((template): template is Template => !!template),
  );
  const ordered = [...templates].sort(
    (a, b) => Number(preferred.has(b)) - Number(preferred.has(a)),
  );
  return ordered.map((template) => {
    const text = renderTemplate(template, context, { format: 'text', prompts });
    const html = renderTemplate(template, context, { format: 'html', prompts });
    return {
      templateId: template.id,
      name: template.name,
      ...(template.step ? { step: template.step } : {}),
      subject: text.subject,
      text: text.body,
      html: html.body,
    };
  });
}
