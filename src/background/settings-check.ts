import type { Settings } from '../storage/settings';
import { planRuleProblems } from '../storage/settings-rules';

/**
 * The settings a change would produce, checked against the rules between fields before they are
 * saved: the options page checks the same rules, this keeps any other caller from storing a plan
 * whose second check-in comes first. Returns the changes to save; throws with the broken rules.
 */
export function checkedSettings(current: Settings, changes: Partial<Settings>): Partial<Settings> {
  const problems = planRuleProblems({ ...current, ...changes });
  if (problems.length > 0) {
    const list = problems.map((problem) => `${problem.field} (${problem.rule})`).join(', ');
    throw new Error(`These settings contradict each other: ${list}`);
  }
  return changes;
}
