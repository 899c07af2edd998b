import type { ThreadMessage } from './thread-facts';

/**
 * A "From:" header inside a message's text, as mail clients write it above a forwarded or quoted
 * message: "From: Dana Whitaker <dana@acme.com>", "Von: Whitaker, Dana [mailto:dana@acme.com]",
 * "De : dana@acme.com".
 */
const FROM_LINE = /^[ \t>*]*(?:from|von|de|da)\s?:\**\s*(.*?)\s*$/gim;
/** A "To:" or "Cc:" header above a quoted message ("An:", "Para:", "À :", "Kopie:"). */
const TO_LINE = /^[ \t>*]*(?:to|an|para|à|cc|kopie)\s?:\**\s*(.*?)\s*$/gim;
const NAME_AND_ADDRESS = /^"?([^"<[]*?)"?\s*[<[](?:mailto:)?([^\s<>[\]@]+@[^\s<>[\]]+)[>\]]$/i;
const ADDRESS_ONLY = /^<?([^\s<>@]+@[^\s<>]+?)>?$/;

/** The line mail clients put above a forwarded message, in en/de/es/fr/pt. */
const FORWARD_MARKER =
  /-{3,}\s*(?:forwarded message|weitergeleitete nachricht|mensaje reenviado|message transféré|mensagem encaminhada|original message|ursprüngliche nachricht|mensaje original|message d'origine|mensagem original)\s*-{3,}/i;

/** A message that passes another one on: its sender is the messenger, not the other party. */
export function isForward(message: ThreadMessage): boolean {
  return FORWARD_MARKER.test(message.text);
}

/**
 * The senders of messages forwarded or quoted inside this one, newest first, each with the text
 * that follows its header (where its signature is).
 */
export function quotedSenders(message: ThreadMessage): ThreadMessage[] {
  const headers = [...message.text.matchAll(FROM_LINE)];
  const found: ThreadMessage[] = [];
  headers.forEach((match, i) => {
    const sender = parseSender(match[1] ?? '');
    if (!sender) return;
    // Its text ends where the next quoted message begins.
    const text = message.text.slice((match.index ?? 0) + match[0].length, headers[i + 1]?.index);
    found.push({ ...sender, dateText: '', text });
  });
  return found;
}

/**
 * The names the quoted messages were addressed to: the candidate, a cc'd hiring manager. The page
 * shows no recipients of its own, so these headers are where the core sees them.
 */
export function quotedRecipients(message: ThreadMessage): string[] {
  return [...message.text.matchAll(TO_LINE)]
    .flatMap((match) => addressList(match[1] ?? ''))
    .map((entry) => parseSender(entry)?.senderName ?? '')
    .filter(Boolean);
}

/**
 * "Alex Morgan <alex@x.com>, Sam Lee <sam@x.com>", or Outlook's "Morgan, Alex <alex@x.com>; Lee,
 * Sam <sam@x.com>": one entry per address (a comma inside a name stays in it).
 */
function addressList(value: string): string[] {
  const entries: string[] = [];
  let pending = '';
  for (const part of value.split(/[,;]/)) {
    pending = pending ? `${pending},${part}` : part;
    if (pending.includes('@')) {
      entries.push(pending.trim());
      pending = '';
    }
  }
  return entries;
}

function parseSender(value: string): { senderName: string; senderEmail: string } | undefined {
  const named = NAME_AND_ADDRESS.exec(value);
  if (named) return { senderName: personName(named[1] ?? ''), senderEmail: named[2] ?? '' };
  const bare = ADDRESS_ONLY.exec(value);
  return bare ? { senderName: '', senderEmail: bare[1] ?? '' } : undefined;
}

/** "Whitaker, Dana" → "Dana Whitaker"; quotes and spare spaces go. */
export function personName(name: string): string {
  const clean = name
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = clean.split(/\s*,\s*/);
  if (parts.length === 2 && parts.every((part) => part && !/\s/.test(part))) {
    return `${parts[1]} ${parts[0]}`;
  }
  return clean;
}
