import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './harness';

/** What the built extension asks for and exposes: the store listing and the privacy promise. */
interface BuiltManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: Record<string, string>;
  web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
  externally_connectable?: unknown;
  background?: { service_worker?: string; type?: string };
}

const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('dist/manifest.json', () => {
  let manifest: BuiltManifest;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;
  });

  it('asks for storage, alarms, notifications and scripting only', () => {
    // scripting: the content script runs again in mail tabs open during an update.
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'alarms',
      'notifications',
      'scripting',
      'storage',
    ]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('reaches the four mail hosts and nothing else', () => {
    const matches = new Set(manifest.content_scripts?.flatMap((script) => script.matches));
    expect([...matches].sort()).toEqual([...MAIL_HOSTS].sort());
    // The same four hosts again: scripting.executeScript and tabs.query by URL need them as
    // host permissions, which content-script matches alone do not grant.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...MAIL_HOSTS].sort());
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('exposes no file to web pages, so no page can detect the extension by URL', () => {
    // The content script is one self-contained file; anything added here later must at least
    // use a per-session URL.
    const exposed = manifest.web_accessible_resources ?? [];
    expect(exposed.filter((entry) => entry.use_dynamic_url !== true)).toEqual([]);
    expect(exposed.flatMap((entry) => entry.resources)).toEqual([]);
  });

  it('runs its service worker from one classic script, which starts sooner than modules', async () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    const code = await readFile(join(DIST, 'background.js'), 'utf8');
    // A static import would make Chromium refuse a classic worker; the bundle holds everything.
    expect(code).not.toMatch(/^\s*import[\s{*]|\bimport\s*\(/m);
  });

  it('loads no remote code', async () => {
    for (const policy of Object.values(manifest.content_security_policy ?? {})) {
      expect(policy).not.toMatch(/https?:|\*/);
    }
    const code = (await filesUnder(DIST)).filter((file) =>
      ['.js', '.mjs', '.html'].includes(extname(file)),
    );
    expect(code.length).toBeGreaterThan(0);
    // A remote script tag, a remote import, or importScripts of a URL would all run remote code.
    const remote =
      /<script[^>]+src=["']?(?:https?:)?\/\/|\bimport\s*\(\s*["'`](?:https?:)?\/\/|\bfrom\s*["'](?:https?:)?\/\/|importScripts\s*\(\s*["'`]https?:/i;
    for (const file of code) {
      expect(remote.test(await readFile(file, 'utf8')), file).toBe(false);
    }
  });
});
