import { useCallback, useEffect, useState } from 'preact/hooks';
import { cardOf, type InterviewCard } from '../core/card';
import type { InterviewView } from '../core/plan-types';
import type { QuarantinedRecord } from '../storage/quarantine';
import { send } from '../messaging/send';

export type Dashboard =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; cards: InterviewCard[]; problems: QuarantinedRecord[] };

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export interface DashboardApi {
  dashboard: Dashboard;
  reload: () => void;
  /** Puts the background's answer to an action in place of the old card (or adds it). */
  put: (view: InterviewView) => void;
  drop: (id: string) => void;
}

let early: Promise<InterviewCard[]> | undefined;

/**
 * Sends the first request for the cards before the dashboard renders: Preact runs effects only
 * after the first paint, and the worker can read and plan while the page draws its header.
 */
export function askForCardsEarly(): void {
  early = send('interviews/cards', {});
}

/** The early answer once, then a fresh request (a retry, or a reload after an import). */
function fetchCards(): Promise<InterviewCard[]> {
  const answer = early ?? send('interviews/cards', {});
  early = undefined;
  return answer;
}

/**
 * Asks the background (the single owner of interviews) for the cards and any kept-aside records.
 * After an action only the changed interview's card is replaced: with 1,000 interviews, asking
 * for the whole list again would re-plan them all for one click.
 */
export function useDashboard(): DashboardApi {
  const [dashboard, setDashboard] = useState<Dashboard>({ state: 'loading' });
  const load = useCallback(async () => {
    setDashboard({ state: 'loading' });
    let cards: InterviewCard[];
    try {
      cards = await fetchCards();
    } catch (error) {
      setDashboard({ state: 'error', error: errorMessage(error) });
      return;
    }
    setDashboard({ state: 'ready', cards, problems: [] });
    // Asked after the cards, because reading the list is what sets bad records aside, and after the
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

  const edit = (change: (cards: InterviewCard[]) => InterviewCard[]) =>
    setDashboard((current) =>
      current.state === 'ready' ? { ...current, cards: change(current.cards) } : current,
    );
  const put = useCallback(({ interview, plan }: InterviewView) => {
    edit((cards) => [...cards.filter((card) => card.id !== interview.id), cardOf(interview, plan)]);
  }, []);
  const drop = useCallback((id: string) => {
    edit((cards) => cards.filter((card) => card.id !== id));
  }, []);
  return { dashboard, reload: () => void load(), put, drop };
}
