import type { TabProtocol } from '../messaging/tab-protocol';

type Problem = NonNullable<TabProtocol['compose/insert-due']['res']['problem']>;

/**
 * Which compose the keyboard command writes into: the one that holds the focus, else the newest
 * (`roots` in the order the composes appeared). When the focus is in a message body none of them
 * holds (a compose whose panel is still to come, or one the page no longer shows as a compose),
 * another compose is not where the user is writing: nothing is inserted.
 */
export function insertDueTarget(
  roots: readonly HTMLElement[],
  focused: Element | null,
): { root: HTMLElement } | { problem: Problem } {
  const holder = focused ? roots.find((root) => root.contains(focused)) : undefined;
  if (holder) return { root: holder };
  if (focused instanceof HTMLElement && focused.isContentEditable) return { problem: 'noBody' };
  const newest = roots[roots.length - 1];
  return newest ? { root: newest } : { problem: 'noCompose' };
}
