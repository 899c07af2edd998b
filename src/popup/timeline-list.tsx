import type { InterviewView } from '../core/plan-types';
import { absoluteTime } from './next-step';
import { timeline } from './timeline';

/** The interview's history and what is still planned, oldest first. */
export function Timeline({ view }: { view: InterviewView }) {
  return (
    <ol class="timeline">
      {timeline(view, absoluteTime).map((entry, index) => (
        <li key={index} class={entry.planned ? 'timeline__entry--planned' : undefined}>
          <time dateTime={new Date(entry.at).toISOString()}>{absoluteTime(entry.at)}</time>
          <span>{entry.text}</span>
        </li>
      ))}
    </ol>
  );
}
