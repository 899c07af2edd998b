import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { DAY, interviewInput } from './interviews';

/**
 * Both storage areas full. storage.sync holds 100 KB in all (8 KB an item), so another extension
 * page or a long template list can fill it; storage.local holds 10 MB without the unlimitedStorage
 * permission, which the extension does not ask for. A write over a quota fails whole. The user
 * must see what happened in words, and nothing already saved, nor what they just typed, is lost.
 */

interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
type Areas = { chrome: { storage: { sync: StorageArea; local: StorageArea } } };

/** Fills an area with junk items until a write fails; returns their keys. */
async function fill(ext: ExtensionSession, area: 'sync' | 'local', itemChars: number) {
  return ext.serviceWorker.evaluate(
    async ({ area, itemChars }) => {
      const storage = (globalThis as unknown as Areas).chrome.storage[area];
      const keys: string[] = [];
      for (let size = itemChars; size >= 16; size = Math.floor(size / 2)) {
        for (;;) {
          const key = `junk:${keys.length}`;
          try {
            await storage.set({ [key]: 'x'.repeat(size) });
          } catch {
            break;
          }
          keys.push(key);
        }
      }
      return keys;
    },
    { area, itemChars },
  );
}

async function clear(ext: ExtensionSession, area: 'sync' | 'local', keys: string[]) {
  await ext.serviceWorker.evaluate(
    ({ area, keys }) => (globalThis as unknown as Areas).chrome.storage[area].remove(keys),
    { area, keys },
  );
}

describe('storage quotas exceeded', () => {
  let ext: ExtensionSession;
  let existing = '';

  beforeAll(async () => {
    ext = await launchExtension();
    existing = (await ext.call('interviews/create', { input: interviewInput() })).interview.id;
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('saves settings on this device and says why when sync storage is full', async () => {
    const junk = await fill(ext, 'sync', 8_000);
    const options = await ext.context.newPage();
    await options.goto(ext.url('src/options/index.html'));
    await options.getByLabel('Your name').fill('Alex Morgan');
    await options.getByRole('button', { name: 'Save settings' }).click();
    const status = options.getByRole('status').filter({ hasText: 'on this device only' });
    await status.waitFor({ timeout: 10_000 });
    // Said once, in the user's words: not Chrome's "Resource::kQuotaBytes quota exceeded".
    expect(await status.textContent()).toBe(
      'Settings saved on this device only: sync storage is full.',
    );
    // Nothing lost: the background reads the new name back and uses it.
    const read = await ext.call('settings/get', {});
    expect(read.settings.myName).toBe('Alex Morgan');
    expect(read.source).toBe('local');
    // Once sync has room again, the next save moves them back.
    await clear(ext, 'sync', junk);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByRole('status').filter({ hasText: 'sync to your other browsers' }).waitFor();
    expect((await ext.call('settings/get', {})).source).toBe('sync');
    await options.close();
  });

  describe('when local storage is full', () => {
    let popup: Page;
    let junk: string[] = [];

    beforeAll(async () => {
      junk = await fill(ext, 'local', 1_000_000);
      popup = await ext.openPopup();
      await popup.getByRole('button', { name: /^Acme\b/ }).waitFor();
    });

    it('refuses a new interview with a clear message and keeps what the user typed', async () => {
      await popup.getByRole('button', { name: 'Add interview' }).click();
      const form = popup.getByRole('region', { name: 'Add interview' });
      await form.getByLabel('Company').fill('Hooli');
      const later = new Date(Date.now() + 3 * DAY);
      const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000);
      await form.getByLabel('Interview date and time').fill(local.toISOString().slice(0, 16));
      await form.getByRole('button', { name: 'Save' }).click();
      const alert = popup.getByRole('alert').filter({ hasText: /storage/i });
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.textContent()).toMatch(/full/i);
      expect(await form.getByLabel('Company').inputValue()).toBe('Hooli');
    });

    it('loses nothing already saved, and saves once there is room', async () => {
      const views = await ext.call('interviews/list', {});
      expect(views.map((view) => view.interview.id)).toEqual([existing]);
      await clear(ext, 'local', junk);
      const form = popup.getByRole('region', { name: 'Add interview' });
      await form.getByRole('button', { name: 'Save' }).click();
      await popup.getByRole('button', { name: /^Hooli\b/ }).waitFor();
      expect(await ext.call('interviews/list', {})).toHaveLength(2);
    });
  });
});
