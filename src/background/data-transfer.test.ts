import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { extensionSender } from '../messaging/test-support';
import * as interviews from '../storage/interviews';
import { DEFAULT_SETTINGS } from '../storage/settings';
import { alarmName } from './alarms';
import { handlers } from './handlers';
import {
  alarms,
  badge,
  contentScripts,
  DAY,
  HOUR,
  INTERVIEW_START,
  notifications,
  setNow,
  store,
  THANK_YOU_AT,
  withThread,
} from './test-support';

const ctx = { sender: extensionSender() };

describe('backup, import and erase', () => {
  beforeEach(() => {
    setNow(INTERVIEW_START - DAY);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('exports every interview with the settings, templates and a schema version', async () => {
    const stored = await store({ company: 'Acme' });
    const backup = await handlers['data/export']({}, ctx);
    expect(backup).toMatchObject({
      format: 'interview-follow-up-backup',
      version: 1,
      exportedAt: INTERVIEW_START - DAY,
      interviews: [stored],
      settings: DEFAULT_SETTINGS,
    });
    expect(backup.templates?.length).toBeGreaterThan(4);
  });

  it('exports and imports each language the user stored, leaving the others alone', async () => {
    const mine = (id: string) => ({
      id,
      name: id,
      step: 'checkIn' as const,
      subject: 'S',
      body: 'B',
    });
    await handlers['templates/save']({ language: 'es', templates: [mine('es-1')] }, ctx);
    const backup = await handlers['data/export']({}, ctx);
    expect(backup.templatesByLanguage).toEqual({ es: [mine('es-1')] });
    expect(backup.templates?.[0]?.name).toBe('Thank-you note');

    await handlers['templates/save']({ language: 'es', templates: [] }, ctx);
    await handlers['templates/save']({ language: 'fr', templates: [mine('fr-1')] }, ctx);
    const incoming = {
      ...backup,
      templatesByLanguage: { ...backup.templatesByLanguage, de: [mine('de-1')] },
    };
    const result = await handlers['data/import']({ backup: incoming, mode: 'replace' }, ctx);
    expect(result.templates).toBe((backup.templates?.length ?? 0) + 2);
    const ids = async (language: 'es' | 'de' | 'fr') =>
      (await handlers['templates/get']({ language }, ctx)).templates.map((t) => t.id);
    expect(await ids('es')).toEqual(['es-1']);
    expect(await ids('de')).toEqual(['de-1']);
    expect(await ids('fr')).toEqual(['fr-1']);
  });

  it('merges a backup into what is stored, and a second merge changes nothing', async () => {
    const kept = await store({ company: 'Kept' });
    const backup = await handlers['data/export']({}, ctx);
    const changed = { ...kept, company: 'Kept, renamed', updatedAt: kept.updatedAt + 1 };
    const fresh = { ...kept, id: 'imported-1', company: 'Globex' };
    const incoming = { ...backup, interviews: [changed, fresh] };

    const first = await handlers['data/import']({ backup: incoming, mode: 'merge' }, ctx);
    expect(first).toMatchObject({ added: 1, updated: 1, unchanged: 0, removed: 0 });
    expect((await interviews.getAll()).map((i) => i.company).sort()).toEqual([
      'Globex',
      'Kept, renamed',
    ]);
    expect(first.settings).toBe(false);

    const again = await handlers['data/import']({ backup: incoming, mode: 'merge' }, ctx);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, removed: 0, templates: 0 });
  });

  it('replaces everything with a backup, settings and templates included, and re-plans', async () => {
    const old = await store({ company: 'Old' });
    const backup = await handlers['data/export']({}, ctx);
    const incoming = {
      ...backup,
      interviews: [{ ...old, id: 'new-1', company: 'New', ...withThread() }],
      settings: { ...DEFAULT_SETTINGS, myName: 'Alex' },
      templates: [{ id: 'mine', name: 'Mine', step: 'thankYou' as const, subject: 'S', body: 'B' }],
    };
    const result = await handlers['data/import']({ backup: incoming, mode: 'replace' }, ctx);
    expect(result).toMatchObject({ added: 1, removed: 1, settings: true, templates: 1 });
    expect((await interviews.getAll()).map((i) => i.id)).toEqual(['new-1']);
    expect((await handlers['settings/get']({}, ctx)).settings.myName).toBe('Alex');
    expect(
      (await handlers['templates/get']({ language: 'en' }, ctx)).templates.map((t) => t.id),
    ).toEqual(['mine']);
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toEqual([alarmName('new-1')]));
  });

  it('deletes everything: records, settings, templates, alarms, badge and notifications', async () => {
    setNow(THANK_YOU_AT + HOUR);
    await store();
    await handlers['settings/update']({ changes: { myName: 'Alex' } }, ctx);
    await handlers['templates/save']({ language: 'en', templates: [] }, ctx);
    await handlers['interviews/list']({}, ctx);
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    await fakeBrowser.notifications.create('step:x:thankYou', {
      type: 'basic',
      title: 't',
      message: 'm',
      iconUrl: '',
    });

    expect(await handlers['data/delete-all']({ confirmed: true }, ctx)).toEqual({
      deleted: 1,
      syncCleared: true,
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await interviews.getAll()).toEqual([]);
    expect(await alarms()).toEqual({});
    expect(await badge()).toBe('');
    expect(await notifications()).toEqual({});
    expect((await handlers['settings/get']({}, ctx)).source).toBe('default');
  });
});

describe('dashboard actions', () => {
  beforeEach(() => setNow(INTERVIEW_START - DAY));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('restores a deleted interview exactly, history included', async () => {
    const original = await store({
      events: [{ type: 'done', step: 'thankYou', at: INTERVIEW_START + 3 * HOUR }],
    });
    await handlers['interviews/delete']({ id: original.id }, ctx);
    const view = await handlers['interviews/restore']({ interview: original }, ctx);
    expect(view.interview).toEqual(original);
    expect(await interviews.get(original.id)).toEqual(original);
    expect(Object.keys(await alarms())).toEqual([alarmName(original.id)]);
  });

  it('opens the thread of an interview that has one, and nothing otherwise', async () => {
    contentScripts({});
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const withOne = await store(withThread());
    const without = await store();
    expect(await handlers['interviews/open-thread']({ id: withOne.id }, ctx)).toEqual({
      opened: true,
    });
    expect(create).toHaveBeenCalledWith({ url: withThread().thread?.url });
    expect(await handlers['interviews/open-thread']({ id: without.id }, ctx)).toEqual({
      opened: false,
    });
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('brings the tab that already shows the thread to the front instead', async () => {
    const tab = await fakeBrowser.tabs.create({});
    contentScripts({ [tab.id as number]: 'FMfcgzThread1' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const interview = await store(withThread());
    expect(await handlers['interviews/open-thread']({ id: interview.id }, ctx)).toEqual({
      opened: true,
    });
    expect(create).not.toHaveBeenCalled();
    expect((await fakeBrowser.tabs.get(tab.id as number)).active).toBe(true);
  });

  it("drafts from the user's templates and signature once they are saved", async () => {
    await store(withThread('thread-9'));
    await handlers['settings/update']({ changes: { myName: 'Sam', signature: 'Sam | 555' } }, ctx);
    await handlers['templates/save'](
      {
        language: 'en',
        templates: [
          {
            id: 'mine',
            name: 'Mine',
            step: 'thankYou',
            subject: 'Hi',
            body: '{myName}\n{signature}',
          },
        ],
      },
      ctx,
    );
    const context = await handlers['compose/context']({ threadId: 'thread-9', addresses: [] }, ctx);
    expect(context.drafts).toEqual([
      expect.objectContaining({ templateId: 'mine', text: 'Sam\nSam | 555' }),
    ]);
  });

  it('refuses plan settings that contradict each other', async () => {
    await expect(
      handlers['settings/update']({ changes: { checkInDays: 10, secondCheckInDays: 10 } }, ctx),
    ).rejects.toThrow('secondCheckInDays');
    expect((await handlers['settings/get']({}, ctx)).source).toBe('default');
  });
});
