import { useState } from 'preact/hooks';
import { errorMessage } from './use-dashboard';

export interface Action {
  busy: boolean;
  error: string;
  /** Runs one request at a time; its error is kept for the UI, and undefined returned. */
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
}

/** The state of the buttons that ask the background for a change. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError('');
    try {
      return await task();
    } catch (problem) {
      setError(errorMessage(problem));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
