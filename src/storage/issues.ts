import * as v from 'valibot';

/**
 * One readable line per problem ("events.2.at: Invalid type: Expected number but received
 * "soon""), so a quarantined record or a rejected message says exactly what is wrong.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
