import { describe, expect, it } from 'vitest';
import { makeInterview } from '../core/test-support';
import { planImport } from './import-plan';

const at = (id: string, updatedAt: number) => makeInterview({ id, updatedAt });
const ids = (list: { id: string }[]) => list.map((interview) => interview.id);

describe('planImport', () => {
  const stored = [at('kept', 1), at('older', 1), at('newer', 5), at('same', 3)];
  const incoming = [at('older', 2), at('newer', 4), at('same', 3), at('new', 1)];

  it('merges: adds new records, takes later changes, keeps the rest', () => {
    const plan = planImport(stored, incoming, 'merge');
    expect(ids(plan.added)).toEqual(['new']);
    expect(ids(plan.updated)).toEqual(['older']);
    expect(ids(plan.unchanged)).toEqual(['newer', 'same']);
    expect(plan.removed).toEqual([]);
    expect(plan.updated[0]?.updatedAt).toBe(2);
  });

  it('replaces: the backup wins and what it lacks is removed', () => {
    const plan = planImport(stored, incoming, 'replace');
    expect(ids(plan.added)).toEqual(['new']);
    expect(ids(plan.updated)).toEqual(['older', 'newer']);
    expect(ids(plan.unchanged)).toEqual(['same']);
    expect(ids(plan.removed)).toEqual(['kept']);
  });

  it('changes nothing when the same backup is merged again', () => {
    const once = [...stored, at('new', 1)].map((interview) =>
      interview.id === 'older' ? at('older', 2) : interview,
    );
    const plan = planImport(once, incoming, 'merge');
    expect([plan.added, plan.updated, plan.removed]).toEqual([[], [], []]);
  });
});
