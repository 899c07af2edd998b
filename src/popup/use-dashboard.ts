import { useCallback, useEffect, useState } from 'preact/hooks';
import type { InterviewView, QuarantinedRecord } from '../messaging/protocol';
import { send } from '../messaging/send';

export type Dashboard =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; views: InterviewView[]; problems: QuarantinedRecord[] };

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Asks the background (the single owner of interviews) for the list and any kept-aside records. */
export function useDashboard(): { dashboard: Dashboard; reload: () => void } {
  const [dashboard, setDashboard] = useState<Dashboard>({ state: 'loading' });
  const load = useCallback(async () => {
    setDashboard({ state: 'loading' });
    let views: InterviewView[];
    try {
      views = await send('interviews/list', {});
    } catch (error) {
      setDashboard({ state: 'error', error: message(error) });
      return;
    }
    // Asked after the list, because reading the list is what sets bad records aside. Secondary:
    // if only this fails, the list is still worth showing.
    const problems = await send('storage/problems', {}).catch((error: unknown) => {
      console.warn('Could not read storage problems:', error);
      return [];
    });
    setDashboard({ state: 'ready', views, problems });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { dashboard, reload: () => void load() };
}
