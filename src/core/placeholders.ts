/**
 * The placeholders templates may use, in braces: `{firstName}`. A missing value renders as its
 * prompt, a visible bracketed hint the user cannot miss before sending.
 */
export const PLACEHOLDERS = [
  {
    name: 'firstName',
    description: "The interviewer's first name",
    prompt: "[interviewer's first name]",
  },
  {
    name: 'interviewerName',
    description: "The interviewer's full name",
    prompt: "[interviewer's name]",
  },
  { name: 'company', description: 'The company', prompt: '[company]' },
  { name: 'role', description: 'The role you interviewed for', prompt: '[role]' },
  {
    name: 'weekday',
    description: 'The weekday of the interview, e.g. Tuesday',
    prompt: '[interview day]',
  },
  {
    name: 'date',
    description: 'The date of the interview, e.g. March 3',
    prompt: '[interview date]',
  },
  {
    name: 'topic',
    description: 'Something you enjoyed in the interview',
    prompt: '[topic you enjoyed]',
  },
  {
    name: 'qualification',
    description: 'A qualification to highlight, or something you forgot to say',
    prompt: '[a qualification to highlight]',
  },
  { name: 'myName', description: 'Your name', prompt: '[your name]' },
  {
    name: 'signature',
    description: 'Your signature, from the settings',
    prompt: '[your signature]',
  },
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];

/** Values for a template; an absent or blank value renders as the placeholder's prompt. */
export type RenderContext = Partial<Record<PlaceholderName, string>>;

const NAMES: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => p.name));

export const isPlaceholderName = (name: string): name is PlaceholderName => NAMES.has(name);

/** The English prompts; each language's pack has its own (src/core/built-in/). */
export const ENGLISH_PROMPTS = Object.fromEntries(
  PLACEHOLDERS.map((placeholder) => [placeholder.name, placeholder.prompt]),
) as Readonly<Record<PlaceholderName, string>>;

/** `{name}` with optional inner spaces; anything else in braces is plain text. */
const PLACEHOLDER_PATTERN = /\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}/g;

export type TemplatePart =
  { kind: 'text'; text: string } | { kind: 'placeholder'; name: PlaceholderName };

/**
 * Splits a template into text and known placeholders, in one pass, so a value is never itself
 * scanned for placeholders. Unknown placeholders stay text, exactly as written.
 */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let textStart = 0;
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    if (!isPlaceholderName(name)) continue;
    if (match.index > textStart) {
      parts.push({ kind: 'text', text: template.slice(textStart, match.index) });
    }
    parts.push({ kind: 'placeholder', name });
    textStart = match.index + match[0].length;
  }
  if (textStart < template.length) parts.push({ kind: 'text', text: template.slice(textStart) });
  return parts;
}

/** The distinct unknown placeholder names in a text, in order of appearance (for the editor). */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    if (!isPlaceholderName(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}
