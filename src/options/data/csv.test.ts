import { beforeEach, describe, expect, it } from 'vitest';
import { installCatalogue } from '../../../test/unit/i18n-catalogue';
import { HOUR, NOW, step, view } from '../../popup/test-support';
import { parseCsv } from '../../../test/unit/csv-reader';
import { csvCell, interviewsCsv } from './csv';

describe('CSV export', () => {
  beforeEach(() => installCatalogue());

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Acme')).toBe('Acme');
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('The "best"')).toBe('"The ""best"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it.each(['=HYPERLINK("http://x")', '+1 555', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'keeps %j from running as a formula',
    (value) => {
      expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('writes one row per interview under a header, with CRLF line ends', () => {
    const acme = view(
      { company: 'Acme, Inc.', notes: 'Met "Dana"\nand Lee' },
      step({ remindAt: NOW + HOUR }),
    );
    acme.interview.contacts = [{ name: 'Lee Park', email: 'lee@acme.example' }];
    const hostile = view({ company: '=cmd|"/c calc"!A1' });
    const text = interviewsCsv([acme, hostile]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.slice(0, 3)).toEqual(['Company', 'Role', 'Interviewer']);
    expect(rows[1]?.[0]).toBe('Acme, Inc.');
    expect(rows[1]?.[8]).toBe('Thank-you note');
    expect(rows[1]?.[11]).toBe('Lee Park <lee@acme.example>');
    expect(rows[1]?.[12]).toBe('Met "Dana"\nand Lee');
    expect(rows[2]?.[0]).toBe('\'=cmd|"/c calc"!A1');
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
  });
});
