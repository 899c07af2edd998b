import { useCallback, useEffect, useState } from 'preact/hooks';
import type { InterviewView, QuarantinedRecord } from '../messaging/protocol';
import { send } from '../messaging/send';

export type Dashboard =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; views: InterviewView[]; problems: QuarantinedRecord[] };

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export interface DashboardApi {
  dashboard: Dashboard;
  reload: () => void;
  /** Puts the background's answer to an action in place of the old view (or adds it). */
  put: (view: InterviewView) => void;
  drop: (id: string) => void;
}

/**
 * Asks the background (the single owner of interviews) for the list and any kept-aside records.
 * After an action only the changed interview is replaced: with 1,000 interviews, asking for the
 * whole list again would re-plan them all for one click.
 */
export function useDashboard(): DashboardApi {
  const [dashboard, setDashboard] = useState<Dashboard>({ state: 'loading' });
  const load = useCallback(async () => {
    setDashboard({ state: 'loading' });
    let views: InterviewView[];
    try {
      views = await send('interviews/list', {});
    } catch (error) {
      setDashboard({ state: 'error', error: errorMessage(error) });
      return;
    }
    setDashboard({ state: 'ready', views, problems: [] });
    // Asked after the list, because reading the list is what sets bad records aside, and after the
    // first render, which it must not delay. Secondary: if only this fails, the list still shows.
    const problems = await send('storage/problems', {}).catch((error: unknown) => {
      console.warn('Could not read storage problems:', error);
      return [];
    });
    if (problems.length > 0) {
      setDashboard((current) => (current.state === 'ready' ? { ...current, problems } : current));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const edit = (change: (views: InterviewView[]) => InterviewView[]) =>
    setDashboard((current) =>
      current.state === 'ready' ? { ...current, views: change(current.views) } : current,
    );
  const put = useCallback((view: InterviewView) => {
    edit((views) => [...views.filter((other) => other.interview.id !== view.interview.id), view]);
  }, []);
  const drop = useCallback((id: string) => {
    edit((views) => views.filter((view) => view.interview.id !== id));
  }, []);
  return { dashboard, reload: () => void load(), put, drop };
}
