import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { BUILT_IN_TEMPLATES, builtInTemplates } from '../core/built-in-templates';
import type { Template } from '../core/templates';
import { listQuarantine } from './quarantine';
import { localTemplatesKey } from './keys';
import {
  readStoredTemplates,
  readTemplates,
  saveTemplates,
  TEMPLATE_INDEX_KEY,
  templateKey,
} from './templates';

const mine = (id: string, body = 'Hi {firstName}'): Template => ({
  id,
  name: `Template ${id}`,
  subject: 'Hello',
  body,
});

describe('template storage', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the built-in templates until the user saves some', async () => {
    const read = await readTemplates();
    expect(read).toEqual({ templates: [...BUILT_IN_TEMPLATES], source: 'default' });
  });

  it('keeps one sync item per template and an index in their order', async () => {
    const saved = await saveTemplates([mine('b'), mine('a')]);
    expect(saved).toEqual({ templates: [mine('b'), mine('a')], storedIn: 'sync' });
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(synced).toEqual({
      [TEMPLATE_INDEX_KEY]: ['b', 'a'],
      [templateKey('a')]: mine('a'),
      [templateKey('b')]: mine('b'),
    });
    expect(await readTemplates()).toEqual({ templates: [mine('b'), mine('a')], source: 'sync' });
  });

  it('removes the items of deleted templates', async () => {
    await saveTemplates([mine('a'), mine('b')]);
    await saveTemplates([mine('b')]);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(
      [TEMPLATE_INDEX_KEY, templateKey('b')].sort(),
    );
  });

  it('keeps the list on this device, and says which template, when one is over 8 KB', async () => {
    // 3,000 three-byte characters: within the 5,000-character limit, over 8,192 bytes.
    const long = mine('long', '€'.repeat(3000));
    const saved = await saveTemplates([mine('a'), long]);
    expect(saved.storedIn).toBe('local');
    expect(saved.problem).toEqual({ kind: 'itemTooLarge', name: 'Template long' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await readTemplates()).toEqual({ templates: [mine('a'), long], source: 'local' });

    // Shortened again: back to sync, and the local copy is gone.
    await saveTemplates([mine('a')]);
    expect(await fakeBrowser.storage.local.get(localTemplatesKey('en'))).toEqual({});
    expect((await readTemplates()).source).toBe('sync');
  });

  it('keeps the list on this device when the whole list is over the sync budget', async () => {
    const many = Array.from({ length: 20 }, (_, i) => mine(`t${i}`, 'x'.repeat(4900)));
    expect((await saveTemplates(many)).problem).toEqual({ kind: 'totalTooLarge' });
  });

  it('falls back to this device when sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Sync is disabled'));
    const saved = await saveTemplates([mine('a')]);
    expect(saved).toMatchObject({
      storedIn: 'local',
      problem: { kind: 'syncFailed', detail: 'Sync is disabled' },
    });
    expect((await readTemplates()).templates).toEqual([mine('a')]);
  });

  it('says sync is full, in words, when Chrome refuses the write over a quota', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    const saved = await saveTemplates([mine('a')]);
    expect(saved).toMatchObject({ storedIn: 'local', problem: { kind: 'syncFull' } });
    expect(JSON.stringify(saved.problem)).not.toMatch(/kQuotaBytes/);
  });

  it('refuses an invalid list and writes nothing', async () => {
    await expect(saveTemplates([mine('a'), mine('a')])).rejects.toThrow('same id');
    await expect(saveTemplates([mine('bad id!')])).rejects.toThrow('Invalid templates');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('sets a damaged stored template aside and keeps the others', async () => {
    await saveTemplates([mine('a'), mine('b')]);
    await fakeBrowser.storage.sync.set({ [templateKey('b')]: { id: 'b', body: 42 } });
    const read = await readTemplates();
    expect(read.templates).toEqual([mine('a')]);
    expect(read.error).toContain('body');
    expect((await listQuarantine()).map((entry) => entry.key)).toEqual([
      `sync:${templateKey('b')}`,
    ]);
  });

  it('skips a template whose item has not arrived from another device yet', async () => {
    await fakeBrowser.storage.sync.set({ [TEMPLATE_INDEX_KEY]: ['a', 'later'] });
    await fakeBrowser.storage.sync.set({ [templateKey('a')]: mine('a') });
    expect(await readTemplates()).toEqual({ templates: [mine('a')], source: 'sync' });
  });

  it('keeps one list per language: saving Spanish leaves English as it was', async () => {
    await saveTemplates([mine('a')]);
    await saveTemplates([mine('b'), mine('a', 'Hola {firstName}')], 'es');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      [TEMPLATE_INDEX_KEY]: ['a'],
      [templateKey('a')]: mine('a'),
      'templates:es': ['b', 'a'],
      'template:es:b': mine('b'),
      'template:es:a': mine('a', 'Hola {firstName}'),
    });
    expect((await readTemplates('en')).templates).toEqual([mine('a')]);
    expect((await readTemplates('es')).templates).toEqual([
      mine('b'),
      mine('a', 'Hola {firstName}'),
    ]);
    await saveTemplates([], 'es');
    expect((await readTemplates('en')).templates).toEqual([mine('a')]);
    expect(await readTemplates('es')).toEqual({ templates: [], source: 'sync' });
  });

  it("gives a language's own built-ins until the user saves that language", async () => {
    await saveTemplates([mine('a')]);
    expect(await readTemplates('de')).toEqual({
      templates: [...builtInTemplates('de')],
      source: 'default',
    });
    expect(await readStoredTemplates()).toEqual({ en: [mine('a')] });
  });

  it('keeps a language on this device apart from the others when sync fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Sync is disabled'));
    await saveTemplates([mine('f')], 'fr');
    expect(await fakeBrowser.storage.local.get(null)).toMatchObject({
      [localTemplatesKey('fr')]: [mine('f')],
    });
    expect((await readTemplates('fr')).templates).toEqual([mine('f')]);
    expect((await readTemplates('en')).source).toBe('default');
  });

  it('reads English templates that version 1 synced, under the keys it used', async () => {
    // Written by the v1 build (or by it on another device): no language anywhere.
    await fakeBrowser.storage.sync.set({
      templates: ['builtin-thank-you', 'custom-1'],
      'template:builtin-thank-you': { ...BUILT_IN_TEMPLATES[0], body: 'Edited {firstName}' },
      'template:custom-1': mine('custom-1'),
    });
    expect((await readTemplates('en')).templates.map((t) => t.body)).toEqual([
      'Edited {firstName}',
      'Hi {firstName}',
    ]);
    expect((await readTemplates('es')).templates).toEqual([...builtInTemplates('es')]);
  });
});
