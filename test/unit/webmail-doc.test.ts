import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * docs/webmail-dom.md says what each adapter reads, in fallback order, with sources and tests. This
 * keeps it current the cheap way: every selector in an adapter's source must be named in the doc
 * (in a code span), so a selector added to an adapter without its line in the doc fails here.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HOSTS = join(ROOT, 'src/content/hosts');
const DOC = join(ROOT, 'docs/webmail-dom.md');

/**
 * Unmistakably a selector wherever it stands: `[attr]`, `#id`, `.class`, `tag.class` (`tag#id`,
 * `tag:not(...)`), or holds a `[`. Not a bare word: `h2` or `title` may as well be an attribute's
 * name, and `mail.google.com` is a host.
 */
const TAGS = 'a|blockquote|button|div|form|h[1-6]|img|input|li|span|table|td|textarea|tr';
const SELECTOR_LIKE = new RegExp(`^[[#]|^\\.[A-Za-z]|\\[|^(?:${TAGS})[.#:>~+]`);

/** A selector of an adapter, or (`part`) a literal part of a template that builds one. */
interface Found {
  text: string;
  part: boolean;
}

/**
 * The selectors in an adapter's source: every string of its selector table (`const S = {...}`),
 * and every string elsewhere that is unmistakably a selector. A template such as
 * `[data-tooltip^="${label}"]` counts by its literal parts. A label key (`anyLabel('send', ...)`'s
 * first argument) is no selector.
 */
function selectorsIn(fileName: string, source: string): Found[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const isLabelKey = (node: ts.Node) =>
    ts.isCallExpression(node.parent) &&
    node.parent.expression.getText() === 'anyLabel' &&
    node.parent.arguments[0] === node;
  const visit = (node: ts.Node, inTable: boolean) => {
    const table = inTable || (ts.isVariableDeclaration(node) && node.name.getText() === 'S');
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const text = node.text.trim();
      if (!isLabelKey(node) && text && (table || SELECTOR_LIKE.test(text))) {
        found.push({ text, part: false });
      }
    } else if (ts.isTemplateExpression(node)) {
      for (const literal of [node.head, ...node.templateSpans.map((span) => span.literal)]) {
        const text = literal.text.trim();
        // `"]` or `)` alone says nothing: only parts a reader would recognise.
        if (text.length >= 3 && (table || SELECTOR_LIKE.test(text))) {
          found.push({ text, part: true });
        }
      }
    }
    node.forEachChild((child) => visit(child, table));
  };
  visit(file, false);
  return found.filter(
    (entry, index) => found.findIndex((other) => other.text === entry.text) === index,
  );
}

/** What the doc writes in code spans, whitespace collapsed. */
function codeSpans(markdown: string): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)].map((match) =>
    (match[1] ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/**
 * What no code span of the doc names: a selector must be a code span of its own (so `form` in
 * prose, or inside `form, [role=dialog]`, does not count), a template's part must sit in one.
 */
function missingFrom(markdown: string, found: readonly Found[]): string[] {
  const spans = codeSpans(markdown);
  return found
    .filter(({ text, part }) => {
      const wanted = text.replace(/\s+/g, ' ');
      return part ? !spans.some((span) => span.includes(wanted)) : !spans.includes(wanted);
    })
    .map(({ text }) => text);
}

/** Every adapter file (a new site's too), with the selectors in it. */
const adapters = readdirSync(HOSTS)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => ({ name, found: selectorsIn(name, readFileSync(join(HOSTS, name), 'utf8')) }));
const textsOf = (name: string) =>
  adapters.find((adapter) => adapter.name === name)?.found.map(({ text }) => text) ?? [];

describe('docs/webmail-dom.md', () => {
  it("names every selector of every adapter's source", () => {
    const doc = readFileSync(DOC, 'utf8');
    const missing = adapters.flatMap(({ name, found }) =>
      missingFrom(doc, found).map((text) => `${name}: ${text}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the selectors of each adapter file, in its table and elsewhere', () => {
    expect(textsOf('gmail.ts')).toEqual(
      expect.arrayContaining(['input[name=subjectbox]', 'form', '.An', '[role=button]']),
    );
    expect(textsOf('outlook.ts')).toEqual(
      expect.arrayContaining(['#Signature', 'input[aria-label="$"]', '#O365_MainLink_Me']),
    );
    expect(textsOf('outlook-messages.ts')).toEqual(
      expect.arrayContaining(['[id^="UniqueMessageBody_"]', '[aria-label*="@"][title*="@"]']),
    );
    expect(adapters.flatMap(({ found }) => found).length).toBeGreaterThan(80);
  });

  it('misses a selector the doc does not name, and no label key, host or word', () => {
    const source = `
      const S = {
        body: ['[role=textbox]', 'form'],
        send: [anyLabel('send', 'button[aria-label="$"]'), \`[data-tip^="\${label}"]:has(+ .x)\`],
      } as const;
      const HINT = ['[data-new-thing]', 'span.persona', 'h2', 'mail.google.com', 'account button'];
    `;
    const found = selectorsIn('new.ts', source);
    expect(found.map(({ text }) => text)).toEqual([
      '[role=textbox]',
      'form',
      'button[aria-label="$"]',
      '[data-tip^="',
      '"]:has(+ .x)',
      '[data-new-thing]',
      'span.persona',
    ]);
    const doc = [
      'Body: `[role=textbox]`, then `form`.',
      'Send: `button[aria-label="$"]`, then `[data-tip^="$"]:has(+ .x)`.',
    ].join('\n');
    expect(missingFrom(doc, found)).toEqual(['[data-new-thing]', 'span.persona']);
    // A word of the prose, or part of a longer code span, does not name a selector.
    const form = [{ text: 'form', part: false }];
    expect(missingFrom('the tag form, `form, [role=dialog]`', form)).toEqual(['form']);
  });
});
