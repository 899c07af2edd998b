import type { Interview } from '../core/interview';
import { planFollowUps } from '../core/plan';
import type { Plan } from '../core/plan-types';
import type { InterviewView } from '../messaging/protocol';
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

export async function loadView(interview: Interview): Promise<InterviewView> {
  return toView(interview, await getSettings(), Date.now());
}
