import type { Interview } from './interview';
import { dateIn, weekdayIn } from './language-dates';
import type { TemplateLanguage } from './languages';
import type { RenderContext } from './placeholders';

/** Honorifics are not first names: "Dr. Dana Whitaker" is greeted as Dana. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);

/** The first name of a display name, also for "Whitaker, Dana" as some address books write it. */
export function firstNameOf(fullName: string): string {
  const trimmed = fullName.trim();
  const comma = trimmed.indexOf(',');
  const given = comma > 0 ? trimmed.slice(comma + 1) : trimmed;
  const words = given.split(/\s+/).filter((word) => word !== '');
  const first = words.find((word) => !HONORIFICS.has(word.replace(/\.$/, '').toLowerCase()));
  return first ?? '';
}

export interface RenderInputs {
  myName: string;
  signature?: string;
  topic?: string;
  qualification?: string;
  /** The template's language, for the weekday and the date ("3 de marzo"); English unless given. */
  language?: TemplateLanguage;
}

/** Everything the templates can say about an interview; blanks are left for prompts. */
export function buildRenderContext(
  interview: Pick<Interview, 'company' | 'role' | 'interviewer' | 'start'>,
  inputs: RenderInputs,
): RenderContext {
  const language = inputs.language ?? 'en';
  const validStart = Number.isFinite(interview.start);
  return {
    firstName: firstNameOf(interview.interviewer.name),
    interviewerName: interview.interviewer.name.trim(),
    company: interview.company.trim(),
    role: interview.role.trim(),
    weekday: validStart ? weekdayIn(interview.start, language) : '',
    date: validStart ? dateIn(interview.start, language) : '',
    topic: inputs.topic?.trim() ?? '',
    qualification: inputs.qualification?.trim() ?? '',
    myName: inputs.myName.trim(),
    signature: inputs.signature?.trim() ?? '',
  };
}
