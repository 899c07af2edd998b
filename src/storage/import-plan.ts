import type { Interview } from '../core/interview';
import type { ImportMode } from './backup';

/** What an import will do, computed the same way for the preview and for the write. */
export interface ImportPlan {
  /** In the backup, not stored: written. */
  added: Interview[];
  /** In both and the backup's copy is newer (merge) or different (replace): written over. */
  updated: Interview[];
  /** In both, the stored copy is as new or newer: kept as it is. */
  unchanged: Interview[];
  /** Stored, not in the backup, and the mode is replace: deleted. */
  removed: Interview[];
}

/** Every change stamps updatedAt, so the same stamp means the same record. */
const isNewer = (incoming: Interview, current: Interview, mode: ImportMode): boolean =>
  mode === 'replace'
    ? incoming.updatedAt !== current.updatedAt
    : incoming.updatedAt > current.updatedAt;

/**
 * Merge keeps everything stored and takes from the backup what is new or was changed later (by
 * `updatedAt`), so importing the same file twice changes nothing the second time. Replace makes
 * the stored list exactly the backup's.
 */
export function planImport(
  stored: readonly Interview[],
  incoming: readonly Interview[],
  mode: ImportMode,
): ImportPlan {
  const byId = new Map(stored.map((interview) => [interview.id, interview]));
  const plan: ImportPlan = { added: [], updated: [], unchanged: [], removed: [] };
  for (const interview of incoming) {
    const current = byId.get(interview.id);
    byId.delete(interview.id);
    if (!current) plan.added.push(interview);
    else if (isNewer(interview, current, mode)) plan.updated.push(interview);
    else plan.unchanged.push(current);
  }
  if (mode === 'replace') plan.removed.push(...byId.values());
  return plan;
}
