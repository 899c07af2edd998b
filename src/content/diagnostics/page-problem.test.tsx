import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageProblem } from './page-problem';

const diagnose = () => ({ site: 'gmail', user: 'page title', 'thread.messages': 3 });

function mount() {
  render(<PageProblem message="Cannot read this." problem="no-user" diagnose={diagnose} />);
  fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
}

describe('PageProblem', () => {
  beforeEach(() => {
    const manifest = { manifest_version: 3, name: 'Test', version: '0.1.0' } as const;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('says what is wrong and copies a report of signals and counts', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    mount();
    expect(screen.getByRole('status').textContent).toContain('Cannot read this.');
    await screen.findByText(/Copied/);
    const report = writeText.mock.calls[0]?.[0] ?? '';
    expect(report).toContain('problem: no-user');
    expect(report).toContain('user: page title');
    expect(report).toContain('thread.messages: 3');
    expect(report).toMatch(/^extension: \d+\.\d+\.\d+$/m);
  });

  it('shows the report selected for copying by hand when the clipboard is refused', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    mount();
    const box = await screen.findByRole('textbox', { name: 'Diagnostics to copy' });
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toContain('site: gmail'));
    expect(screen.queryByText(/Copied/)).toBeNull();
  });

  it('copies the report without the version once the extension was updated under the page', async () => {
    vi.mocked(fakeBrowser.runtime.getManifest).mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    mount();
    await screen.findByText(/Copied/);
    expect(writeText.mock.calls[0]?.[0]).toContain('extension: unknown (updated');
  });
});
