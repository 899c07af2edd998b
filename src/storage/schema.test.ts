import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from 'valibot';
import type { Interview, InterviewEvent } from '../core/interview';
import { makeInterview } from '../core/test-support';
import { InterviewEventSchema, InterviewSchema, type SettingsSchema } from './schema';
import type { Settings } from './settings';

describe('storage schemas', () => {
  it('describe exactly the domain types, so a model change cannot drift from validation', () => {
    expectTypeOf<v.InferOutput<typeof InterviewSchema>>().toEqualTypeOf<Interview>();
    expectTypeOf<v.InferOutput<typeof InterviewEventSchema>>().toEqualTypeOf<InterviewEvent>();
    expectTypeOf<v.InferOutput<typeof SettingsSchema>>().toEqualTypeOf<Settings>();
  });

  it('accept a full interview with every event type and keep it unchanged', () => {
    const interview = makeInterview({
      thread: { provider: 'gmail', threadId: 't1', url: 'https://mail.google.com/x', subject: 's' },
      decisionDate: 1,
      contacts: [{ name: 'Sam', email: 'sam@acme.example', title: 'Recruiter' }],
      events: [
        { type: 'done', step: 'thankYou', at: 1 },
        { type: 'skipped', step: 'thankYouCard', at: 2 },
        { type: 'snoozed', step: 'checkIn', until: 9, at: 3 },
        { type: 'notified', step: 'checkIn', at: 4 },
        { type: 'reply', at: 5 },
        { type: 'resumed', at: 6 },
        { type: 'status', status: 'rejected', at: 7 },
      ],
    });
    expect(v.parse(InterviewSchema, interview)).toEqual(interview);
  });

  it.each([
    ['an unknown event type', { type: 'exploded', at: 1 }],
    ['an unknown step', { type: 'done', step: 'lunch', at: 1 }],
    ['a time that is not a number', { type: 'reply', at: 'yesterday' }],
    ['an infinite time', { type: 'reply', at: Infinity }],
    ['a snooze without its target', { type: 'snoozed', step: 'checkIn', at: 1 }],
  ])('reject %s', (_label, event) => {
    expect(v.safeParse(InterviewEventSchema, event).success).toBe(false);
  });
});
