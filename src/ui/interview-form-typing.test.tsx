import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InterviewInput } from '../core/interview';
import { typeAtOnce } from '../../test/unit/type-at-once';
import { InterviewForm } from './interview-form';
import { EMPTY_FORM_VALUES } from './interview-form-values';

describe('the interview form, typed into', () => {
  afterEach(cleanup);

  it('keeps every field changed before it re-renders', async () => {
    const onSave = vi.fn<(input: InterviewInput) => Promise<void>>(() => Promise.resolve());
    const initial = { ...EMPTY_FORM_VALUES, start: '2026-03-03T14:00' };
    render(<InterviewForm initial={initial} onSave={onSave} onCancel={() => undefined} />);
    const [company, role] = [screen.getByLabelText('Company'), screen.getByLabelText('Role')];
    typeAtOnce([
      [company, 'Acme'],
      [role, 'Engineer'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ company: 'Acme', role: 'Engineer' });
  });
});
