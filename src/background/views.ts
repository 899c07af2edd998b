import { cardOf, type InterviewCard } from '../core/card';
import type { Interview } from '../core/interview';
import { planFollowUps } from '../core/plan';
import type { InterviewView, Plan } from '../core/plan-types';
import * as interviews from '../storage/interviews';
import { getSettings, type Settings } from '../storage/settings';

const NO_PLAN: Plan = { steps: [], due: [], stopSuggested: false };

/** A bug in planning one interview must not hide the others, nor stop their reminders. */
export function toView(interview: Interview, settings: Settings, now: number): InterviewView {
  try {
    return { interview, plan: planFollowUps(interview, settings, now) };
  } catch (error) {
    console.error(`Could not plan interview ${interview.id}`, error);
    return { interview, plan: NO_PLAN };
  }
}

export async function loadViews(now: number): Promise<InterviewView[]> {
  const [all, settings] = await Promise.all([interviews.getAll(), getSettings()]);
  return all.map((interview) => toView(interview, settings, now));
}

/** The dashboard's rows: every interview planned, but only what a row shows crosses over. */
export async function loadCards(now: number): Promise<InterviewCard[]> {
  const [all, settings] = await Promise.all([interviews.getAll(), getSettings()]);
  return all.map((interview) => {
    const { plan } = toView(interview, settings, now);
    return cardOf(interview, plan);
  });
}

export async function loadView(interview: Interview): Promise<InterviewView> {
  return toView(interview, await getSettings(), Date.now());
}
