import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installFakeCommands } from './fake-commands';
import { installCatalogue } from './i18n-catalogue';
import manifest from '../../manifest.json' with { type: 'json' };
import { withSites } from '../../scripts/vite/site-manifest';
import { resetInterviewCache } from '../../src/storage/interview-cache';
import { resetMigrationMemo } from '../../src/storage/migrations';

/**
 * The polyfill would return the global `browser` that '@webext-core/fake-browser/auto' installs,
 * but only because the fake has a runtime.id and was installed first. Mapping the module to the
 * fake says so explicitly and keeps working if a test changes runtime.id.
 */
vi.mock('webextension-polyfill', async () => ({
  default: (await import('@webext-core/fake-browser')).fakeBrowser,
}));

beforeEach(() => {
  fakeBrowser.reset();
  // Module state that outlives a case: the worker's cache of interviews and the migration memo.
  resetInterviewCache();
  resetMigrationMemo();
  installFakeCommands();
  // Every context speaks through browser.i18n (the background's notifications too), which
  // fake-browser leaves unimplemented: the real English catalogue for every test.
  installCatalogue();
  // fake-browser leaves getManifest unimplemented; the worker reads its content scripts from it,
  // which the build writes from the site registry.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(
    withSites(manifest) as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>,
  );
});
