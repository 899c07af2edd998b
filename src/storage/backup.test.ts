import { describe, expect, it } from 'vitest';
import { makeInterview } from '../core/test-support';
import { BUILT_IN_TEMPLATES } from '../core/built-in-templates';
import { makeBackup, MAX_BACKUP_BYTES, parseBackup } from './backup';
import { DEFAULT_SETTINGS } from './settings';

const backup = makeBackup(
  [
    makeInterview({ id: 'a' }),
    makeInterview({
      id: 'b',
      thread: {
        provider: 'gmail',
        threadId: 't1',
        url: 'https://mail.google.com/mail/u/0/#inbox/t1',
        subject: 'Interview',
      },
    }),
  ],
  DEFAULT_SETTINGS,
  { en: [...BUILT_IN_TEMPLATES] },
  1_700_000_000_000,
);
const json = (value: unknown): string => JSON.stringify(value);
const parse = (value: unknown) => {
  const text = json(value);
  return parseBackup(text, text.length);
};

describe('parseBackup', () => {
  it('reads back what was exported', () => {
    expect(parse(backup)).toEqual({ ok: true, backup });
  });

  it("keeps an interview's language and each language's templates, and refuses an unknown one", () => {
    const [interview] = backup.interviews;
    const spanish = {
      ...backup,
      interviews: [{ ...interview, language: 'es' }],
      templatesByLanguage: { es: [{ id: 'mine', name: 'Mía', subject: '', body: 'Hola' }] },
    };
    expect(parse(spanish)).toEqual({ ok: true, backup: spanish });
    expect(parse({ ...backup, interviews: [{ ...interview, language: 'it' }] })).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', detail: expect.stringContaining('language') },
    });
    // A language this version does not speak is dropped, as any key outside the schema.
    expect(parse({ ...backup, templatesByLanguage: { it: [] } })).toEqual({
      ok: true,
      backup: { ...backup, templatesByLanguage: {} },
    });
  });

  it('refuses a file over 5 MB before parsing it', () => {
    expect(parseBackup(json(backup), MAX_BACKUP_BYTES + 1)).toEqual({
      ok: false,
      problem: { kind: 'tooLarge' },
    });
  });

  it.each([
    ['not JSON', '{"format": ', 'notJson'],
    ['another JSON file', '{"name": "package"}', 'notBackup'],
    ['a list', '[1, 2]', 'notBackup'],
  ])('refuses %s', (_, text, kind) => {
    expect(parseBackup(text, text.length)).toEqual({ ok: false, problem: { kind } });
  });

  it('refuses a backup from a newer version with its version', () => {
    expect(parse({ ...backup, version: 7 })).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: 7 },
    });
  });

  it('refuses hostile content and says where', () => {
    const [first] = backup.interviews;
    const hostile = (change: object) => parse({ ...backup, interviews: [{ ...first, ...change }] });
    const detailOf = (result: ReturnType<typeof parse>) =>
      result.ok ? '' : result.problem.kind === 'invalid' ? result.problem.detail : '';

    const script = hostile({
      thread: { provider: 'gmail', threadId: 'x', url: 'javascript:alert(1)', subject: '' },
    });
    expect(detailOf(script)).toContain('interviews.0.thread.url');
    expect(detailOf(hostile({ id: '../settings' }))).toContain('interviews.0.id');
    expect(detailOf(hostile({ company: 'x'.repeat(10_000) }))).toContain('interviews.0.company');
    expect(detailOf(hostile({ start: 'tomorrow' }))).toContain('interviews.0.start');
    const twice = parse({ ...backup, interviews: [first, first] });
    expect(detailOf(twice)).toContain('same id');
  });

  it('drops keys outside the schema, __proto__ included', () => {
    const text = json(backup).replace('{', '{"__proto__": {"polluted": true}, "extra": 1, ');
    const result = parseBackup(text, text.length);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.backup)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.backup)).toBe(Object.prototype);
  });
});
