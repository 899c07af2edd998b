import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { makeInterview } from '../core/test-support';
import { BUILT_IN_TEMPLATES, builtInTemplates } from '../core/built-in-templates';
import type { TemplateLanguage } from '../core/languages';
import { send } from '../messaging/send';
import { DEFAULT_SETTINGS } from '../storage/settings';
import { typeAtOnce } from '../../test/unit/type-at-once';
import { Options } from './options';

vi.mock('../messaging/send', () => ({ send: vi.fn() }));

type AnyResponse = Awaited<ReturnType<typeof send>>;

function answer(more: Record<string, (payload: never) => unknown> = {}): void {
  vi.mocked(send).mockImplementation(async (name, payload): Promise<AnyResponse> => {
    const handler = more[name];
    if (handler) return (await handler(payload as never)) as AnyResponse;
    if (name === 'settings/get')
      return { settings: { ...DEFAULT_SETTINGS, myName: 'Sam Rivera' }, source: 'sync' };
    if (name === 'templates/get') return { templates: [...BUILT_IN_TEMPLATES], source: 'sync' };
    if (name === 'interviews/list') return [];
    throw new Error(`unexpected ${name}`);
  });
}

/** A background that saves settings to sync storage; returns the handler, to read its calls. */
function answerSettingsUpdate() {
  const update = vi.fn(({ changes }: { changes: object }) => ({
    settings: { ...DEFAULT_SETTINGS, ...changes },
    storedIn: 'sync',
  }));
  answer({ 'settings/update': update as never });
  return update;
}

// The page shows the extension's version, which fake-browser does not implement.
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Interview Follow-up',
    version: '0.1.0',
  });
});
afterEach(() => {
  cleanup();
  vi.mocked(send).mockReset();
});

const templates = () => screen.getByRole('region', { name: 'Templates' });

describe('the options page', () => {
  it('previews the selected template live, and warns of unknown placeholders', async () => {
    answer();
    render(<Options />);
    const body = await within(templates()).findByLabelText('Message');
    const preview = within(templates()).getByRole('region', {
      name: 'Preview with a sample interview',
    });
    expect(preview.textContent).toContain('Hi Dana,');
    expect(preview.textContent).toContain('Sam Rivera');
    expect(preview.textContent).toContain('[topic you enjoyed]');
    fireEvent.input(body, { target: { value: 'Dear {firstName}, about {salary} and {Company}' } });
    expect(preview.textContent).toContain('Dear Dana, about {salary} and {Company}');
    expect(
      within(templates()).getByText(
        'Not a placeholder, so it will be inserted as typed: {salary}, {Company}',
      ),
    ).toBeTruthy();
    expect(within(templates()).getByText('{firstName}')).toBeTruthy();
  });

  it('shows and saves each language on its own, keeping unsaved edits of the others', async () => {
    const get = vi.fn(({ language }: { language: TemplateLanguage }) => ({
      templates: [...builtInTemplates(language)],
      source: 'default',
    }));
    const save = vi.fn(({ templates: list }: { templates: unknown[] }) => ({
      templates: list,
      storedIn: 'sync',
    }));
    answer({ 'templates/get': get as never, 'templates/save': save as never });
    render(<Options />);
    const language = await within(templates()).findByLabelText('Template language');
    expect((language as HTMLSelectElement).value).toBe('en');
    await within(templates()).findByRole('button', { name: /^Thank-you note/ });
    fireEvent.input(within(templates()).getByLabelText('Subject'), {
      target: { value: 'Thanks!' },
    });

    fireEvent.change(language, { target: { value: 'es' } });
    await within(templates()).findByRole('button', { name: /^Mensaje de agradecimiento/ });
    const preview = within(templates()).getByRole('region', {
      name: 'Preview with a sample interview',
    });
    expect(preview.textContent).toContain('Hola, Dana:');
    expect(preview.textContent).toMatch(/el (lunes|martes|miércoles|jueves|viernes) para hablar/);
    expect(preview.textContent).toContain('[tema de la conversación que te gustó]');
    fireEvent.input(within(templates()).getByLabelText('Subject'), {
      target: { value: '¡Gracias!' },
    });
    fireEvent.click(within(templates()).getByRole('button', { name: 'Save templates' }));
    await within(templates()).findByText('Templates saved; they sync to your other browsers.');
    const [spanish, ...rest] = builtInTemplates('es');
    expect(save.mock.calls.map(([call]) => call)).toEqual([
      { language: 'es', templates: [{ ...spanish, subject: '¡Gracias!' }, ...rest] },
    ]);

    fireEvent.change(language, { target: { value: 'en' } });
    expect((within(templates()).getByLabelText('Subject') as HTMLInputElement).value).toBe(
      'Thanks!',
    );
    expect(within(templates()).getByText('Unsaved changes')).toBeTruthy();
    expect(get.mock.calls.map(([call]) => call.language)).toEqual(['en', 'es']);
  });

  it('adds, duplicates, deletes and restores templates, then saves the list', async () => {
    const save = vi.fn(({ templates: list }: { templates: unknown[] }) => ({
      templates: list,
      storedIn: 'sync',
    }));
    answer({ 'templates/save': save as never });
    render(<Options />);
    const list = await within(templates()).findByRole('list', { name: 'Your templates' });
    const count = () => within(list).getAllByRole('listitem').length;
    expect(count()).toBe(BUILT_IN_TEMPLATES.length);
    fireEvent.click(within(templates()).getByRole('button', { name: 'Duplicate' }));
    expect(
      within(list)
        .getByRole('button', { name: /^Copy of Thank-you note/ })
        .getAttribute('aria-current'),
    ).toBe('true');
    fireEvent.click(within(templates()).getByRole('button', { name: 'Add template' }));
    fireEvent.input(within(templates()).getByLabelText('Name'), {
      target: { value: 'Coffee chat' },
    });
    expect(count()).toBe(BUILT_IN_TEMPLATES.length + 2);
    fireEvent.click(within(list).getByRole('button', { name: /^Thank-you note/ }));
    fireEvent.click(within(templates()).getByRole('button', { name: 'Delete template' }));
    expect(within(list).queryByRole('button', { name: /^Thank-you note/ })).toBeNull();
    fireEvent.click(within(templates()).getByRole('button', { name: 'Restore defaults' }));
    expect(count()).toBe(BUILT_IN_TEMPLATES.length + 2);
    expect(within(templates()).getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(within(templates()).getByRole('button', { name: 'Save templates' }));
    expect(
      await within(templates()).findByText('Templates saved; they sync to your other browsers.'),
    ).toBeTruthy();
    const saved = save.mock.calls[0]?.[0].templates as { name: string }[];
    expect(saved.map((template) => template.name).slice(-2)).toEqual([
      'Copy of Thank-you note',
      'Coffee chat',
    ]);
  });

  it('says clearly when templates had to stay on this device', async () => {
    answer({
      'templates/save': (({ templates: list }: { templates: unknown[] }) => ({
        templates: list,
        storedIn: 'local',
        problem: { kind: 'itemTooLarge', name: 'Thank-you note' },
      })) as never,
    });
    render(<Options />);
    fireEvent.input(await within(templates()).findByLabelText('Subject'), {
      target: { value: 'x' },
    });
    fireEvent.click(within(templates()).getByRole('button', { name: 'Save templates' }));
    const alert = await within(templates()).findByRole('alert');
    expect(alert.textContent).toContain('“Thank-you note” is too long to sync');
  });

  it('refuses plan numbers that contradict each other, next to the field', async () => {
    const update = vi.fn();
    answer({ 'settings/update': update });
    render(<Options />);
    const second = await screen.findByLabelText('Second check-in');
    fireEvent.input(second, { target: { value: '5' } });
    fireEvent.input(screen.getByLabelText('Suggest closing after'), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The second check-in must come after the first.')).toBeTruthy();
    expect(screen.getByText('Enter a number from 0 to 20.')).toBeTruthy();
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Some settings need fixing before they can be saved.').getAttribute('role'),
    ).toBe('alert');
    expect(update).not.toHaveBeenCalled();
  });

  it('keeps every setting changed before the form re-renders', async () => {
    const update = answerSettingsUpdate();
    render(<Options />);
    const name = await screen.findByLabelText('Your name');
    const [checkIn, second] = [
      screen.getByLabelText('Check-in'),
      screen.getByLabelText('Second check-in'),
    ];
    typeAtOnce([
      [name, 'Alex'],
      [checkIn, '6'],
      [second, '13'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved; they sync to your other browsers.');
    expect(update.mock.calls[0]?.[0].changes).toMatchObject({
      myName: 'Alex',
      checkInDays: 6,
      secondCheckInDays: 13,
    });
  });

  it('saves name, signature and plan through settings/update', async () => {
    const update = answerSettingsUpdate();
    render(<Options />);
    fireEvent.input(await screen.findByLabelText('Signature'), {
      target: { value: 'Sam\n+1 555 0100' },
    });
    fireEvent.input(screen.getByLabelText('Check-in'), { target: { value: '5' } });
    fireEvent.click(screen.getByLabelText('Remind me to send a thank-you card or letter'));
    fireEvent.input(await screen.findByLabelText('Thank-you card reminder'), {
      target: { value: '3' },
    });
    fireEvent.click(screen.getByLabelText('Quiet hours: no reminders between'));
    fireEvent.input(screen.getByLabelText('Quiet hours start'), { target: { value: '22:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('Settings saved; they sync to your other browsers.'),
    ).toBeTruthy();
    expect(update).toHaveBeenCalledWith({
      changes: {
        ...DEFAULT_SETTINGS,
        myName: 'Sam Rivera',
        signature: 'Sam\n+1 555 0100',
        checkInDays: 5,
        thankYouCard: true,
        thankYouCardDays: 3,
        quietHours: { enabled: true, startMinute: 22 * 60 + 30, endMinute: 8 * 60 },
      },
    });
  });
});

describe('importing a backup on the options page', () => {
  const choose = (content: string, name = 'backup.json') =>
    fireEvent.change(screen.getByLabelText('Import backup'), {
      target: { files: [new File([content], name, { type: 'application/json' })] },
    });

  it('refuses a malformed file in an alert and sends nothing', async () => {
    const importing = vi.fn();
    answer({ 'data/import': importing });
    render(<Options />);
    await screen.findByLabelText('Import backup');
    choose('{"format": "interview-follow-up-backup", ');
    expect((await screen.findByText(/not a JSON backup/)).getAttribute('role')).toBe('alert');
    expect(importing).not.toHaveBeenCalled();
  });

  it('previews the changes, imports on confirmation, then reads settings again', async () => {
    const importing = vi.fn(() => ({
      added: 1,
      updated: 0,
      unchanged: 0,
      removed: 0,
      settings: true,
      templates: 0,
    }));
    answer({ 'data/import': importing });
    render(<Options />);
    await screen.findByLabelText('Import backup');
    const interview = makeInterview({ id: 'a1' });
    const backup = {
      format: 'interview-follow-up-backup',
      version: 1,
      exportedAt: 1,
      interviews: [interview],
    };
    choose(JSON.stringify(backup));
    const preview = await screen.findByRole('region', {
      name: 'What importing “backup.json” will change',
    });
    expect(preview.textContent).toContain('1 new interview(s)');
    fireEvent.click(within(preview).getByLabelText(/^Replace/));
    expect(preview.textContent).toContain('0 interview(s) deleted');
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported: 1 added, 0 updated, 0 deleted.')).toBeTruthy();
    expect(importing).toHaveBeenCalledWith({ backup, mode: 'replace' });
    await vi.waitFor(() =>
      expect(vi.mocked(send).mock.calls.filter(([name]) => name === 'settings/get')).toHaveLength(
        2,
      ),
    );
  });
});
