const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Already-escaped plain text to mail-body HTML: blank lines separate paragraphs, single newlines
 * become line breaks. Only these tags are ever produced.
 */
export function paragraphsToHtml(escaped: string): string {
  return escaped
    .replace(/\r\n?/g, '\n')
    .split(/\n(?:[ \t]*\n)+/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.replace(/^\n+|\n+$/g, '').replace(/\n/g, '<br>')}</p>`)
    .join('');
}
