import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { parseDates } from './chrono-parser';
import { INVITATION_CASES, SENT, USER, type InvitationCase } from './invitation-cases';
import { looksLikeInvitation, type InvitationFacts } from './invitation';

const now = new Date('2026-02-24T12:00:00-05:00');

const thread = (subject: string, ...messages: [from: string, text: string][]): InvitationFacts => ({
  subject,
  userEmail: USER,
  messages: messages.map(([senderEmail, text]) => ({ senderEmail, dateText: SENT, text })),
});

const said = (c: InvitationCase) =>
  looksLikeInvitation(thread(c.subject, [c.from, c.text]), parseDates, now);

const results = INVITATION_CASES.map((c) => ({ ...c, said: said(c) }));
const count = (keep: (r: (typeof results)[number]) => boolean) => results.filter(keep).length;
const truePositives = count((r) => r.said && r.invitation);
const precision = truePositives / count((r) => r.said);
const recall = truePositives / count((r) => r.invitation);

const DOC = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../docs/invitation-recognition.md',
);
const START = '<!-- figures: written by src/core/invitation.test.ts (vitest -u) -->';
const END = '<!-- end of figures -->';

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

/** The doc's figures section, from the table as the classifier reads it now. */
function figures(): string {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const langs = [...new Set(results.map((r) => r.lang))];
  const misses = results.filter((r) => r.said !== r.invitation);
  return [
    `${results.length} messages (${langs.map((l) => `${l} ${count((r) => r.lang === l)}`).join(', ')}), ` +
      `${count((r) => r.invitation)} of them invitations.`,
    '',
    `- **Precision** ${percent(precision)}: of ${count((r) => r.said)} messages said to be invitations, ${truePositives} are.`,
    `- **Recall** ${percent(recall)}: of ${count((r) => r.invitation)} invitations, ${truePositives} are recognised.`,
    '',
    '| Kind | Messages | Invitations | Said so |',
    '| --- | --- | --- | --- |',
    ...kinds.map(
      (kind) =>
        `| ${kind} | ${count((r) => r.kind === kind)} | ${count((r) => r.kind === kind && r.invitation)} | ${count((r) => r.kind === kind && r.said)} |`,
    ),
    '',
    misses.length === 0
      ? 'Every message is read as a person would.'
      : `Read otherwise than a person would: ${misses.map((r) => `"${r.name}" (${r.lang}, ${r.invitation ? 'missed' : 'false alarm'})`).join('; ')}.`,
  ].join('\n');
}

describe('the invitation table', () => {
  it('has at least 30 messages, in every language, of every kind the brief names', () => {
    expect(results.length).toBeGreaterThanOrEqual(30);
    expect(new Set(results.map((r) => r.lang))).toEqual(new Set(['en', 'es', 'de', 'fr', 'pt']));
    expect(new Set(results.map((r) => r.name)).size).toBe(results.length);
  });

  it('says "invitation" of no message that is not one (precision first)', () => {
    expect(results.filter((r) => r.said && !r.invitation).map((r) => r.name)).toEqual([]);
    expect(precision).toBe(1);
  });

  it('recognises nine invitations in ten at least', () => {
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('has its figures in docs/invitation-recognition.md', async () => {
    const doc = readFileSync(DOC, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    expect(from).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    const updated = `${doc.slice(0, from + START.length)}\n\n${figures()}\n\n${doc.slice(to)}`;
    // As `npm run format` would write it, so the lint's prettier check and this test agree.
    const formatted = await format(updated, { ...(await resolveConfig(DOC)), filepath: DOC });
    await expect(formatted).toMatchFileSnapshot(DOC);
  });
});

describe('looksLikeInvitation in a thread', () => {
  const ACME = 'dana.whitaker@acme.com';
  const INVITE = 'We would like to invite you to an interview on Tuesday, March 3 at 2:00 PM.';

  it('reads the employer, not the user: a time the user proposes is no invitation', () => {
    const own = thread('Interview', [USER, 'Could we schedule the interview on Friday at 3pm?']);
    expect(looksLikeInvitation(own, parseDates, now)).toBe(false);
    const theirs = thread('Interview', [ACME, 'Could we schedule the interview on Friday at 3pm?']);
    expect(looksLikeInvitation(theirs, parseDates, now)).toBe(true);
  });

  it('still says so after the user answered', () => {
    const answered = thread('Interview', [ACME, INVITE], [USER, 'Tuesday works, thank you!']);
    expect(looksLikeInvitation(answered, parseDates, now)).toBe(true);
  });

  it('says no once a rejection follows the invitation', () => {
    const rejected = thread(
      'Interview',
      [ACME, INVITE],
      [ACME, 'Unfortunately we have decided not to proceed.'],
    );
    expect(looksLikeInvitation(rejected, parseDates, now)).toBe(false);
  });

  it('takes the interview from the subject when the message only names the time', () => {
    const subjectOnly = (subject: string) =>
      looksLikeInvitation(
        thread(subject, [ACME, 'Would Thursday at 10am work for you?']),
        parseDates,
        now,
      );
    expect(subjectOnly('Interview at Acme')).toBe(true);
    expect(subjectOnly('Coffee')).toBe(false);
  });

  it('does not take a decision date for a meeting', () => {
    const decision = thread('Interview', [
      ACME,
      'We will confirm the next interview round by Friday.',
    ]);
    expect(looksLikeInvitation(decision, parseDates, now)).toBe(false);
  });

  it('says no for an empty thread', () => {
    expect(looksLikeInvitation(thread('Interview'), parseDates, now)).toBe(false);
  });
});
