/**
 * A message's date as the mail site shows it ("Tue, Mar 3, 2026, 2:00 PM"), or undefined when it
 * cannot be read: reply detection then ignores the message rather than guess.
 */
export function readShownDate(text: string): number | undefined {
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : at;
}
