import { describe, expect, it } from 'vitest';
import { HOUR, NOW, step, view } from './test-support';
import { openInterviews, timing } from './next-step';

describe('openInterviews', () => {
  it('keeps scheduled and awaiting interviews, most pressing first', () => {
    const rows = openInterviews([
      view({ company: 'Later' }, step({ remindAt: NOW + 50 * HOUR })),
      view({ company: 'Done' }),
      view({ company: 'Sooner' }, step({ remindAt: NOW + 2 * HOUR })),
      view({ company: 'Overdue' }, step({ state: 'overdue', remindAt: NOW - 60 * HOUR })),
      view({ company: 'Due' }, step({ state: 'due', remindAt: NOW - 90 * HOUR })),
      view({ company: 'Offer', status: 'offer' }, step()),
      view({ company: 'Rejected', status: 'rejected' }, step({ step: 'feedback' })),
    ]);
    expect(rows.map((row) => row.interview.company)).toEqual([
      'Overdue',
      'Due',
      'Sooner',
      'Later',
      'Done',
    ]);
  });
});

describe('timing', () => {
  it('gives the reminder time of an upcoming step', () => {
    expect(timing(step({ remindAt: NOW + 3 * 24 * HOUR }), NOW)).toEqual({
      key: 'popupRemindAt',
      at: NOW + 3 * 24 * HOUR,
      when: 'in 3 days',
    });
  });

  it('gives the time left before a due step is due, then the time since', () => {
    const due = step({ state: 'due', dueAt: NOW + 21 * HOUR });
    expect(timing(due, NOW)).toMatchObject({ key: 'popupDueIn', when: 'in 21 hours' });
    expect(timing(due, NOW + 26 * HOUR)).toMatchObject({ key: 'popupWasDue', when: '5 hours ago' });
  });

  it('says how long ago an overdue step was due', () => {
    const overdue = step({ state: 'overdue', dueAt: NOW - 30 * HOUR });
    expect(timing(overdue, NOW)).toEqual({
      key: 'popupWasDue',
      at: NOW - 30 * HOUR,
      when: '1 day ago',
    });
  });
});
