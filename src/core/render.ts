import { escapeHtml, paragraphsToHtml } from './html';
import {
  ENGLISH_PROMPTS,
  parseTemplate,
  type PlaceholderName,
  type RenderContext,
} from './placeholders';
import type { Template } from './templates';

export {
  PLACEHOLDERS,
  unknownPlaceholders,
  type PlaceholderName,
  type RenderContext,
} from './placeholders';
export { buildRenderContext, firstNameOf, type RenderInputs } from './render-context';

export type RenderFormat = 'text' | 'html';

export interface RenderOptions {
  format: RenderFormat;
  /** What blank placeholders say, in the template's language; English unless given. */
  prompts?: Readonly<Record<PlaceholderName, string>>;
}

export interface RenderedTemplate {
  subject: string;
  body: string;
}

/** Fills the placeholders of one text; every piece is escaped in html mode, template text included. */
function fill(
  text: string,
  context: RenderContext,
  html: boolean,
  prompts: Readonly<Record<PlaceholderName, string>>,
): string {
  const escape = html ? escapeHtml : (piece: string): string => piece;
  return parseTemplate(text)
    .map((part) => {
      if (part.kind === 'text') return escape(part.text);
      const value = context[part.name]?.trim();
      return escape(value ? value : prompts[part.name]);
    })
    .join('');
}

/**
 * Renders a template for a compose window. Text mode substitutes and nothing else. Html mode is for
 * inserting into a rich-text body: user text never becomes markup, and the only tags produced are
 * <p> and <br>. Its subject is escaped too and kept to one line; to set a subject input's value,
 * render in text mode.
 */
export function renderTemplate(
  template: Pick<Template, 'subject' | 'body'>,
  context: RenderContext,
  options: RenderOptions = { format: 'text' },
): RenderedTemplate {
  const prompts = options.prompts ?? ENGLISH_PROMPTS;
  if (options.format === 'text') {
    return {
      subject: fill(template.subject, context, false, prompts),
      body: fill(template.body, context, false, prompts),
    };
  }
  return {
    subject: fill(template.subject, context, true, prompts)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim(),
    body: paragraphsToHtml(fill(template.body, context, true, prompts)),
  };
}
