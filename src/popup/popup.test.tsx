import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import { typeAtOnce } from '../../test/unit/type-at-once';
import type { InterviewView } from '../core/plan-types';
import type { QuarantinedRecord } from '../storage/quarantine';
import { send } from '../messaging/send';
import { cardOfView, HOUR, NOW, step, view } from './test-support';
import { Popup } from './popup';

vi.mock('../messaging/send', () => ({ send: vi.fn() }));

type Answer = (payload: never) => unknown;

/** Answers the popup's requests: the list (or an error), kept-aside records, and any action. */
function answer(
  list: InterviewView[] | Error,
  more: Record<string, Answer> = {},
  problems: QuarantinedRecord[] = [],
): void {
  // The mock answers several message names, so it returns what the protocol allows for any.
  type AnyResponse = Awaited<ReturnType<typeof send>>;
  vi.mocked(send).mockImplementation(async (name, payload): Promise<AnyResponse> => {
    if (name === 'storage/problems') return problems;
    if (name === 'interviews/cards') {
      if (list instanceof Error) throw list;
      return list.map(cardOfView);
    }
    if (name === 'interviews/get' && !(list instanceof Error) && !more[name]) {
      const { id } = payload as { id: string };
      return list.find((view) => view.interview.id === id) ?? null;
    }
    const handler = more[name];
    if (!handler) throw new Error(`unexpected ${name}`);
    return (await handler(payload as never)) as AnyResponse;
  });
}

/** The browser's answer to permissions.contains for each mail site's origin. */
function siteAccess(granted: (origin: string) => boolean) {
  const permissions = fakeBrowser.permissions as unknown as {
    contains: (asked: { origins: string[] }) => Promise<boolean>;
  };
  return vi
    .spyOn(permissions, 'contains')
    .mockImplementation(async ({ origins }) => origins.every(granted));
}

const acme = () => view({ company: 'Acme' }, step({ state: 'due', remindAt: NOW - HOUR }));

async function openDetails(company: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(`^${company}`) }));
  return screen.findByRole('region', { name: `${company}: details` });
}

describe('the dashboard', () => {
  beforeEach(() => {
    installCatalogue();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    siteAccess(() => true);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.mocked(send).mockReset();
  });

  it('groups interviews, each with company, role, interviewer, next step and when', async () => {
    answer([
      acme(),
      view(
        { company: 'Globex', role: 'Staff Engineer' },
        step({ step: 'checkIn', remindAt: NOW + 5 * HOUR }),
      ),
      view({ company: 'Initech' }),
      view({ company: 'Umbrella', status: 'withdrawn' }),
    ]);
    render(<Popup />);
    const due = await screen.findByRole('region', { name: /^Due now/ });
    expect(within(due).getByText('Acme')).toBeTruthy();
    expect(within(due).getByText('Next: Thank-you note')).toBeTruthy();
    expect(within(due).getByText('Due within 22 hours')).toBeTruthy();
    expect(within(due).getAllByText('Dana Whitaker')).toHaveLength(1);
    const upcoming = screen.getByRole('region', { name: /^Upcoming/ });
    expect(within(upcoming).getByText('Staff Engineer')).toBeTruthy();
    expect(within(upcoming).getByText('Next: Check-in')).toBeTruthy();
    expect(within(upcoming).getByText('Due in 5 hours')).toBeTruthy();
    const waiting = screen.getByRole('region', { name: /^Waiting for a reply/ });
    expect(within(waiting).getByText('Initech')).toBeTruthy();
    // Closed starts folded.
    const closed = screen.getByRole('button', { name: 'Closed 1' });
    expect(closed.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Umbrella')).toBeNull();
    fireEvent.click(closed);
    expect(screen.getByText('Umbrella')).toBeTruthy();
    expect(screen.getByText('1 due')).toBeTruthy();
  });

  it('says when no interview is open', async () => {
    answer([view({ company: 'Offer Co', status: 'offer' })]);
    render(<Popup />);
    expect(await screen.findByText('No open interviews')).toBeTruthy();
    expect(screen.queryByText('Offer Co')).toBeNull();
  });

  it('shows the background error and asks again on retry', async () => {
    answer(new Error('Storage is unavailable'));
    render(<Popup />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Your interviews could not be loaded: Storage is unavailable',
    );
    answer([acme()]);
    fireEvent.click(screen.getByText('Try again'));
    expect(await screen.findByText('Acme')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the user when records were kept aside', async () => {
    answer([acme()], {}, [{ key: 'interview:x', value: 1, error: 'bad', at: NOW }]);
    render(<Popup />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe(
      '1 saved record(s) could not be read and were kept aside, not deleted.',
    );
  });

  it('marks the next step done and shows the answer in place', async () => {
    const after = view({ company: 'Acme' }, step({ step: 'checkIn', remindAt: NOW + 100 * HOUR }));
    const done = vi.fn(() => after);
    answer([acme()], { 'steps/done': done });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.click(within(details).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(screen.getByText('Next: Check-in')).toBeTruthy());
    expect(done).toHaveBeenCalledWith({ id: 'Acme', step: 'thankYou' });
    expect(screen.queryByText('1 due')).toBeNull();
  });

  it('snoozes a day, or to a chosen date at the reminder time', async () => {
    const snooze = vi.fn(() => acme());
    answer([acme()], { 'steps/snooze': snooze });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.click(within(details).getByRole('button', { name: 'Snooze 1 day' }));
    await waitFor(() => expect(snooze).toHaveBeenCalledTimes(1));
    expect(snooze).toHaveBeenLastCalledWith({
      id: 'Acme',
      step: 'thankYou',
      until: NOW + 24 * HOUR,
    });

    fireEvent.input(within(details).getByLabelText('Snooze until'), {
      target: { value: '2026-03-09' },
    });
    fireEvent.click(within(details).getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(snooze).toHaveBeenCalledTimes(2));
    const reminder = new Date(NOW - HOUR);
    const expected = new Date(2026, 2, 9, reminder.getHours(), reminder.getMinutes()).getTime();
    expect(snooze).toHaveBeenLastCalledWith({ id: 'Acme', step: 'thankYou', until: expected });
  });

  it('closes as rejected, and offers to reopen', async () => {
    const close = vi.fn(({ status }: { status: string }) =>
      status === 'rejected'
        ? view(
            { company: 'Acme', status: 'rejected' },
            step({ step: 'feedback', remindAt: NOW + 24 * HOUR }),
          )
        : acme(),
    );
    answer([acme()], { 'interviews/close': close as Answer });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.click(within(details).getByRole('button', { name: 'Rejected' }));
    await waitFor(() => expect(screen.getByText('Next: Feedback request')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('deletes with an undo that restores the record', async () => {
    const original = acme();
    const restore = vi.fn(() => original);
    answer([original], {
      'interviews/delete': () => ({ deleted: true }),
      'interviews/restore': restore,
    });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.click(within(details).getByRole('button', { name: 'Delete' }));
    const bar = await screen.findByText('Deleted Acme.');
    expect(screen.queryByRole('button', { name: /^Acme/ })).toBeNull();
    fireEvent.click(within(bar.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Acme/ })).toBeTruthy());
    expect(restore).toHaveBeenCalledWith({ interview: original.interview });
    expect(screen.queryByText('Deleted Acme.')).toBeNull();
  });

  it('adds an interview without a thread through the shared labelled form', async () => {
    const create = vi.fn(() => view({ company: 'Hooli' }, step({ remindAt: NOW + 3 * HOUR })));
    answer([], { 'interviews/create': create });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add interview' }));
    const form = screen.getByRole('region', { name: 'Add interview' });
    fireEvent.input(within(form).getByLabelText('Company'), { target: { value: 'Hooli' } });
    fireEvent.input(within(form).getByLabelText('Interviewer name'), {
      target: { value: 'Gavin' },
    });
    fireEvent.input(within(form).getByLabelText('Interview date and time'), {
      target: { value: '2026-03-02T10:00' },
    });
    fireEvent.change(within(form).getByLabelText('Format'), { target: { value: 'phone' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      input: expect.objectContaining({
        company: 'Hooli',
        interviewer: { name: 'Gavin', email: '' },
        format: 'phone',
        start: new Date(2026, 2, 2, 10).getTime(),
      }),
    });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Add interview' })).toBeNull());
    expect(screen.getByText('Hooli')).toBeTruthy();
  });

  it('saves notes and contacts, and opens the thread through the background', async () => {
    const withThread = acme();
    withThread.interview.thread = {
      provider: 'gmail',
      threadId: 't',
      url: 'https://mail.google.com/mail/u/0/#inbox/t',
      subject: 'x',
    };
    const update = vi.fn(({ changes }: { changes: object }) => ({
      ...withThread,
      interview: { ...withThread.interview, ...changes },
    }));
    const open = vi.fn(() => ({ opened: true }));
    answer([withThread], { 'interviews/update': update as Answer, 'interviews/open-thread': open });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.click(within(details).getByRole('button', { name: 'Open thread' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith({ id: 'Acme' }));

    fireEvent.input(within(details).getByLabelText('Notes'), {
      target: { value: 'Ask about on-call' },
    });
    fireEvent.click(within(details).getByRole('button', { name: 'Save notes' }));
    expect(await within(details).findByText('Notes saved.')).toBeTruthy();
    expect(update).toHaveBeenLastCalledWith({
      id: 'Acme',
      changes: { notes: 'Ask about on-call' },
    });

    fireEvent.input(within(details).getByLabelText('Name'), { target: { value: 'Lee Park' } });
    fireEvent.input(within(details).getByLabelText('Email'), {
      target: { value: 'lee@acme.example' },
    });
    fireEvent.input(within(details).getByLabelText('Job title'), {
      target: { value: 'Recruiter' },
    });
    fireEvent.click(within(details).getByRole('button', { name: 'Add contact' }));
    expect(await within(details).findByText('Lee Park')).toBeTruthy();
    expect(within(details).getByRole('button', { name: 'Remove Lee Park' })).toBeTruthy();
  });

  it('keeps every contact field typed before the form re-renders', async () => {
    const update = vi.fn(({ changes }: { changes: object }) => ({
      ...acme(),
      interview: { ...acme().interview, ...changes },
    }));
    answer([acme()], { 'interviews/update': update as Answer });
    render(<Popup />);
    const details = await openDetails('Acme');
    const field = (label: string) => within(details).getByLabelText(label);
    typeAtOnce([
      [field('Name'), 'Lee Park'],
      [field('Email'), 'lee@acme.example'],
      [field('Job title'), 'Recruiter'],
    ]);
    fireEvent.click(within(details).getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0]?.[0].changes).toMatchObject({
      contacts: [{ name: 'Lee Park', email: 'lee@acme.example', title: 'Recruiter' }],
    });
  });

  it('refuses a contact with a bad email, and shows a refused action', async () => {
    answer([acme()], { 'steps/skip': () => Promise.reject(new Error('No interview with id')) });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.input(within(details).getByLabelText('Email'), { target: { value: 'nope' } });
    fireEvent.click(within(details).getByRole('button', { name: 'Add contact' }));
    expect((await within(details).findByRole('alert')).textContent).toBe(
      'That email does not look like an address.',
    );
    fireEvent.click(within(details).getByRole('button', { name: 'Skip' }));
    expect(
      await within(details).findByText('That did not work: No interview with id'),
    ).toBeTruthy();
  });

  it('gives the guide’s advice while waiting, and when to stop', async () => {
    const waiting = view({ company: 'Initech' });
    const stopped = view({ company: 'Hooli' });
    stopped.plan.stopSuggested = true;
    stopped.plan.steps = ['thankYou', 'checkIn', 'secondCheckIn'].map((kind) =>
      step({ step: kind as 'checkIn', state: 'done' }),
    );
    answer([waiting, stopped]);
    render(<Popup />);
    const initech = await openDetails('Initech');
    expect(within(initech).getByText(/Offers can take 20 to 40 days/)).toBeTruthy();
    const hooli = await openDetails('Hooli');
    expect(
      within(hooli).getByText('Follow-ups without a reply: 3. Consider moving on.'),
    ).toBeTruthy();
  });

  it('shows the timeline of steps and events', async () => {
    const acmeView = acme();
    acmeView.interview.events = [{ type: 'reply', at: NOW - 2 * HOUR }];
    answer([acmeView]);
    render(<Popup />);
    const details = await openDetails('Acme');
    const text = details.querySelector('.timeline')?.textContent ?? '';
    expect(text).toMatch(/Interview.*The employer replied.*Thank-you note: due/);
  });

  it('says Possible reply on the card of an unanswered reply, and asks what changed first', async () => {
    const acmeView = acme();
    acmeView.interview.events = [{ type: 'reply', at: NOW - 2 * HOUR }];
    const close = vi.fn((payload: { id: string; status: string }) => ({
      ...acmeView,
      interview: { ...acmeView.interview, status: payload.status },
    }));
    answer([acmeView, view({ company: 'Globex' })], { 'interviews/close': close });
    render(<Popup />);
    expect((await screen.findByRole('button', { name: /^Acme/ })).textContent).toContain(
      'Possible reply',
    );
    expect(screen.getByRole('button', { name: /^Globex/ }).textContent).not.toContain(
      'Possible reply',
    );
    const details = await openDetails('Acme');
    const question = within(details).getByRole('group', { name: /What changed\?/ });
    expect(close).not.toHaveBeenCalled();
    fireEvent.click(within(question).getByRole('button', { name: 'Rejected' }));
    await vi.waitFor(() => expect(close).toHaveBeenCalledWith({ id: 'Acme', status: 'rejected' }));
  });

  it('asks for an interview in full only when it is opened, and says when it is gone', async () => {
    answer([acme(), view({ company: 'Globex' })], { 'interviews/get': () => null });
    render(<Popup />);
    await screen.findByRole('button', { name: /^Globex/ });
    expect(vi.mocked(send).mock.calls.map(([name]) => name)).not.toContain('interviews/get');
    fireEvent.click(screen.getByRole('button', { name: /^Acme/ }));
    expect(await screen.findByText('This interview was deleted in another window.')).toBeTruthy();
    expect(vi.mocked(send)).toHaveBeenCalledWith('interviews/get', { id: 'Acme' });
  });

  it('says why an opened interview could not be loaded', async () => {
    answer([acme()], {
      'interviews/get': () => {
        throw new Error('Storage is unavailable');
      },
    });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: /^Acme/ }));
    expect(
      await screen.findByText('This interview could not be loaded: Storage is unavailable'),
    ).toBeTruthy();
  });

  it('says when the browser withholds a mail site, and asks for it back on a click', async () => {
    let gmailAllowed = false;
    siteAccess((origin) => gmailAllowed || !origin.includes('mail.google.com'));
    const permissions = fakeBrowser.permissions as unknown as {
      request: (asked: { origins: string[] }) => Promise<boolean>;
    };
    const request = vi.spyOn(permissions, 'request').mockImplementation(async () => {
      gmailAllowed = true;
      return true;
    });
    answer([acme()]);
    render(<Popup />);
    const notice = await screen.findByText(/Site access to Gmail is off/);
    expect(notice.textContent).not.toContain('Outlook');
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://mail.google.com/*'] });
    await waitFor(() => expect(screen.queryByText(/Site access/)).toBeNull());
  });

  it('names Gmail and Outlook once each when all four sites are withheld', async () => {
    siteAccess(() => false);
    answer([acme()]);
    render(<Popup />);
    expect((await screen.findByText(/Site access to/)).textContent).toMatch(
      /^Site access to Gmail and Outlook is off/,
    );
  });

  it('renders long sections a page at a time', async () => {
    answer(
      Array.from({ length: 60 }, (_, i) =>
        view({ company: `Co ${i}`, id: `id-${i}` }, step({ remindAt: NOW + (i + 1) * HOUR })),
      ),
    );
    render(<Popup />);
    const upcoming = await screen.findByRole('region', { name: /^Upcoming/ });
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(25);
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Show 25 more (of 35)' }));
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Show 10 more (of 10)' }));
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(60);
    expect(within(upcoming).queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('keeps an interview in view when closing it moves it to the folded Closed section', async () => {
    const closed = view({ company: 'Acme', status: 'withdrawn' });
    answer([acme()], { 'interviews/close': () => closed });
    render(<Popup />);
    const details = await openDetails('Acme');
    fireEvent.click(within(details).getByRole('button', { name: 'Withdrawn' }));
    const section = await screen.findByRole('region', { name: /^Closed/ });
    expect(await within(section).findByText('Closed: withdrawn')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('opens the options page', async () => {
    answer([]);
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Popup />);
    fireEvent.click(await screen.findByText('Settings'));
    await waitFor(() => expect(open).toHaveBeenCalledOnce());
  });
});
