/**
 * Gmail's message and thread ids. The legacy id is 16 hex digits; `#msg-f:` and `#thread-f:` print
 * the same number in decimal, and `#msg-a:` / `#thread-a:` name a draft, which has none yet.
 */

/**
 * `#thread-f:1858196584066350341` is the legacy id `19c9a3f2b41e7d05` in decimal; the thread
 * view shows the hex form, so compose and thread agree on one id.
 */
export function legacyThreadId(value: string): string | null {
  const decimal = /^#?thread-f:(\d+)$/.exec(value.trim())?.[1];
  return decimal ? BigInt(decimal).toString(16).padStart(16, '0') : null;
}

/**
 * When the message reached the mailbox, epoch ms: a legacy id is that time shifted left by 20
 * bits, which ids printed beside their dates bear out (from 2005's "How Gmail Works" to ids of
 * today). The same in every UI language, unlike the shown date. Whether the time is plausible is
 * core/message-time's to weigh against that date; undefined for a draft's id.
 */
export function messageIdTime(
  legacyId: string | null,
  messageId: string | null,
): number | undefined {
  const hex = legacyId?.trim() ?? '';
  const decimal = /^#?msg-f:(\d{1,20})$/.exec(messageId?.trim() ?? '')?.[1];
  const id = /^[0-9a-f]{1,16}$/i.test(hex)
    ? BigInt(`0x${hex}`)
    : decimal
      ? BigInt(decimal)
      : undefined;
  return id === undefined ? undefined : Number(id >> 20n);
}
