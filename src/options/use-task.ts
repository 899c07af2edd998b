import { useState } from 'preact/hooks';

export interface Task {
  busy: boolean;
  /** What the last task reported, for a role="status" line. */
  message: string;
  /** Why the last task failed, for a role="alert" line. */
  error: string;
  run(task: () => Promise<string>): void;
}

/** One request at a time from an options section, with its outcome in words. */
export function useTask(): Task {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const run = (task: () => Promise<string>) => {
    setBusy(true);
    setMessage('');
    setError('');
    task()
      .then(setMessage, (problem: unknown) =>
        setError(problem instanceof Error ? problem.message : String(problem)),
      )
      .finally(() => setBusy(false));
  };
  return { busy, message, error, run };
}
