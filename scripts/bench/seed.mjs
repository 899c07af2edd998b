/**
 * Realistic interviews, created through the extension (the background is their only writer), and
 * bulk copies of them for the figures at 1,000 interviews.
 */
import { call } from './browser.mjs';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries'];
const ROLES = ['Senior Software Engineer', 'Backend Engineer', 'Staff Engineer, Platform'];
const FORMATS = ['video', 'phone', 'onsite'];

/**
 * The recruiter of both fixture mailboxes (Gmail's and Outlook's Dana Whitaker, the same person):
 * composes to her match the first interview on either site.
 */
export const FIXTURE_RECRUITER = { name: 'Dana Whitaker', email: 'dana.whitaker@acme.com' };

/** What a user's tagged interview holds: people, a thread, a note, a decision date on some. */
function input(i, now) {
  const company = COMPANIES[i % COMPANIES.length];
  const domain = `${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  const threadId = (0x19c9a3f2b41e7d05n + BigInt(i)).toString(16);
  const start = now - (i % 12) * 2 * DAY - 4 * HOUR;
  return {
    company,
    role: ROLES[i % ROLES.length],
    interviewer:
      i === 0 ? FIXTURE_RECRUITER : { name: `Jordan Lee ${i}`, email: `jordan.lee${i}@${domain}` },
    contacts: [
      { name: 'Sam Rivera', email: `sam.rivera@${domain}`, title: 'Hiring manager' },
      ...(i % 3 === 0
        ? [{ name: 'Alex Kim', email: `alex.kim@${domain}`, title: 'Recruiter' }]
        : []),
    ],
    start,
    durationMinutes: [45, 60, 90][i % 3],
    format: FORMATS[i % FORMATS.length],
    followUpChannel: i % 10 === 9 ? 'phone' : 'email',
    thread: {
      provider: 'gmail',
      threadId,
      url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
      subject: `Interview for ${ROLES[i % ROLES.length]} at ${company}`,
    },
    notes:
      i % 2 === 0
        ? 'Talked about the migration to event sourcing and on-call. Follow up on the take-home.'
        : '',
    ...(i % 4 === 1 ? { decisionDate: start + 7 * DAY } : {}),
  };
}

/** What happens to an interview over its life, as the user drives it from the panel. */
async function liveThrough(page, id, i, now) {
  if (i % 2 === 0) await call(page, 'steps/done', { id, step: 'thankYou' });
  if (i % 3 === 1) await call(page, 'steps/snooze', { id, step: 'thankYou', until: now + DAY });
  if (i % 4 === 2) await call(page, 'interviews/reply', { id, at: now - HOUR });
  if (i % 4 === 2) await call(page, 'interviews/resume', { id });
  if (i % 6 === 3) await call(page, 'steps/done', { id, step: 'checkIn' });
  if (i % 7 === 5) await call(page, 'interviews/close', { id, status: 'rejected' });
}

/** Creates `count` interviews with their event logs through messages; returns their ids. */
export async function createRealistic(page, count) {
  const now = Date.now();
  const ids = [];
  for (let i = 0; i < count; i++) {
    const view = await call(page, 'interviews/create', { input: input(i, now) });
    await liveThrough(page, view.interview.id, i, now);
    ids.push(view.interview.id);
  }
  return ids;
}

/**
 * Grows storage to `total` interviews by copying the records the background wrote, with new ids,
 * companies and dates. Creating 1,000 through messages takes minutes, because every change re-plans
 * every interview; the copies have exactly the shape the background writes.
 */
export async function fillTo(serviceWorker, total) {
  return serviceWorker.evaluate(async (wanted) => {
    const local = globalThis.chrome.storage.local;
    const all = await local.get(null);
    const templates = Object.entries(all).filter(([key]) => key.startsWith('interview:'));
    const items = {};
    for (let i = templates.length; i < wanted; i++) {
      const record = globalThis.structuredClone(templates[i % templates.length][1]);
      record.id = `bench-${i}`;
      record.company = `${record.company} ${i}`;
      // Only the real interview 0 may match the fixture's recruiter.
      record.interviewer.email = `copy${i}.${record.interviewer.email}`;
      const shift = (i % 200) * 36e5 * 7;
      record.start -= shift;
      record.createdAt -= shift;
      items[`interview:${record.id}`] = record;
    }
    await local.set(items);
    return templates.length + Object.keys(items).length;
  }, total);
}
