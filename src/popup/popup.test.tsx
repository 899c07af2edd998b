import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installCatalogue } from '../../test/unit/i18n-catalogue';
import type { InterviewView, QuarantinedRecord } from '../messaging/protocol';
import { send } from '../messaging/send';
import { HOUR, NOW, step, view } from './test-support';
import { Popup } from './popup';

vi.mock('../messaging/send', () => ({ send: vi.fn() }));

/** Answers the popup's two requests: the list (or an error) and the kept-aside records. */
function answer(list: InterviewView[] | Error, problems: QuarantinedRecord[] = []): void {
  vi.mocked(send).mockImplementation(async (name) => {
    if (name === 'storage/problems') return problems;
    if (list instanceof Error) throw list;
    return list;
  });
}

describe('Popup', () => {
  beforeEach(() => {
    installCatalogue();
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('lists each open interview with its company, role and next step', async () => {
    answer([
      view({ company: 'Acme' }, step({ state: 'due', remindAt: NOW - HOUR })),
      view({ company: 'Globex', role: 'Staff Engineer' }, step({ step: 'checkIn' })),
      view({ company: 'Umbrella', status: 'withdrawn' }, step()),
    ]);
    render(<Popup />);
    expect(await screen.findByText('Acme')).toBeTruthy();
    expect(screen.getByText('Next: Thank-you note')).toBeTruthy();
    expect(screen.getByText('Globex')).toBeTruthy();
    expect(screen.getByText('Staff Engineer')).toBeTruthy();
    expect(screen.getByText('Next: Check-in')).toBeTruthy();
    expect(screen.getByText('Due in 22 hours')).toBeTruthy();
    expect(screen.getByText('1 due')).toBeTruthy();
    expect(screen.queryByText('Umbrella')).toBeNull();
    expect(send).toHaveBeenCalledWith('interviews/list', {});
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
    answer([view({ company: 'Acme' }, step())]);
    fireEvent.click(screen.getByText('Try again'));
    expect(await screen.findByText('Acme')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the user when records were kept aside', async () => {
    answer(
      [view({ company: 'Acme' }, step())],
      [{ key: 'interview:x', value: { company: 1 }, error: 'company: Invalid type', at: NOW }],
    );
    render(<Popup />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe(
      '1 saved record(s) could not be read and were kept aside, not deleted.',
    );
    expect(screen.getByText('Acme')).toBeTruthy();
  });

  it('says an open interview with nothing left to do is waiting', async () => {
    answer([view({ company: 'Acme' })]);
    render(<Popup />);
    expect(await screen.findByText('Waiting to hear back')).toBeTruthy();
  });

  it('opens the options page', async () => {
    answer([]);
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Popup />);
    fireEvent.click(await screen.findByText('Settings'));
    await waitFor(() => expect(open).toHaveBeenCalledOnce());
  });
});
