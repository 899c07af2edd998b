import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { CONTENT_SCRIPT, withSites } from '../../scripts/vite/site-manifest';
import { SITES } from '../../src/core/sites';
import { FAKE_SITE } from './fake-webmail';

describe("the manifest's sites, written from the registry", () => {
  it('are not in manifest.json itself, so the registry is the one list', () => {
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('host_permissions');
  });

  it("run the content script in Gmail's top page and in every Outlook frame, about:blank too", () => {
    const built = withSites(manifest);
    expect(built.content_scripts).toEqual([
      { matches: ['https://mail.google.com/*'], js: [CONTENT_SCRIPT], run_at: 'document_idle' },
      {
        matches: [
          'https://outlook.live.com/*',
          'https://outlook.office.com/*',
          'https://outlook.office365.com/*',
        ],
        js: [CONTENT_SCRIPT],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ]);
    expect(built.host_permissions).toEqual(built.content_scripts.flatMap((entry) => entry.matches));
    // Everything else is manifest.json's.
    expect(built).toMatchObject(manifest);
  });

  it('take in a site added to the registry: its matches and its host permissions', () => {
    const built = withSites(manifest, [...SITES, FAKE_SITE]);
    expect(built.content_scripts).toHaveLength(SITES.length + 1);
    expect(built.content_scripts.at(-1)).toEqual({
      matches: ['https://mail.fake.test/*', 'https://webmail.fake.test/*'],
      js: [CONTENT_SCRIPT],
      run_at: 'document_idle',
    });
    expect(built.host_permissions).toEqual([
      ...withSites(manifest).host_permissions,
      'https://mail.fake.test/*',
      'https://webmail.fake.test/*',
    ]);
  });
});
