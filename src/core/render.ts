import { escapeHtml, paragraphsToHtml } from './html';
import { parseTemplate, placeholderPrompt, type RenderContext } from './placeholders';
import type { Template } from './templates';

export {
  PLACEHOLDERS,
  unknownPlaceholders,
  type PlaceholderName,
  type RenderContext,
} from './placeholders';
export { buildRenderContext, firstNameOf, type RenderInputs } from './render-context';

export type RenderFormat = 'text' | 'html';

export interface RenderedTemplate {
  subject: string;
  body: string;
}

/** Fills the placeholders of one text; every piece is escaped in html mode, template text included. */
function fill(text: string, context: RenderContext, html: boolean): string {
  const escape = html ? escapeHtml : (piece: string): string => piece;
  return parseTemplate(text)
    .map((part) => {
      if (part.kind === 'text') return escape(part.text);
      const value = context[part.name]?.trim();
      return escape(value ? value : placeholderPrompt(part.name));
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
  options: { format: RenderFormat } = { format: 'text' },
): RenderedTemplate {
  if (options.format === 'text') {
    return {
      subject: fill(template.subject, context, false),
      body: fill(template.body, context, false),
    };
  }
  return {
    subject: fill(template.subject, context, true)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim(),
    body: paragraphsToHtml(fill(template.body, context, true)),
  };
}
