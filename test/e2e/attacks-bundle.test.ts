import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './harness';

/**
 * The built package, read as a store reviewer would, beyond manifest.test.ts: nothing that turns a
 * string into code, no network call to a fixed address, and a content security policy that could
 * not be loosened into one that runs remote or inline script.
 */

interface Manifest {
  content_security_policy?: Record<string, string>;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
}

async function files(ext: string[]): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(DIST, { withFileTypes: true, recursive: true });
  const wanted = entries.filter((entry) => entry.isFile() && ext.includes(extname(entry.name)));
  return Promise.all(
    wanted.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(DIST, path), text: await readFile(path, 'utf8') };
    }),
  );
}

/** Code from strings: blocked by the MV3 policy anyway, and a red flag in review. */
const STRING_TO_CODE =
  /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|\bset(?:Timeout|Interval)\s*\(\s*["'`]|document\.write\s*\(/;
/** A network API called with a literal remote address. */
const REMOTE_CALL =
  /\b(?:fetch|importScripts|import|sendBeacon|WebSocket|EventSource|open)\s*\(\s*(?:["'`][A-Z]+["'`]\s*,\s*)?["'`](?:https?|wss?):\/\//i;

describe('the built package', () => {
  let manifest: Manifest;
  let scripts: { path: string; text: string }[];
  let pages: { path: string; text: string }[];

  beforeAll(async () => {
    manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
    scripts = await files(['.js', '.mjs']);
    pages = await files(['.html']);
  });

  it('has bundles to check', () => {
    expect(scripts.map((file) => file.path)).toContain('src/content/index.js');
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('never turns a string into code (eval, new Function, string timers, document.write)', () => {
    for (const file of scripts)
      expect(STRING_TO_CODE.exec(file.text)?.[0], file.path).toBeUndefined();
  });

  it('never calls the network with a fixed remote address', () => {
    for (const file of scripts) expect(REMOTE_CALL.exec(file.text)?.[0], file.path).toBeUndefined();
  });

  it('serves pages whose only scripts are its own files, with no inline script or handler', () => {
    for (const page of pages) {
      const tags = page.text.match(/<script\b[^>]*>/gi) ?? [];
      for (const tag of tags) expect(tag, page.path).toMatch(/\ssrc="\/[^/]/);
      expect(page.text, page.path).not.toMatch(/<script\b(?![^>]*\ssrc=)[^>]*>/i);
      expect(page.text, page.path).not.toMatch(/\son[a-z]+\s*=/i);
      expect(page.text, page.path).not.toMatch(/<base\b|<iframe\b|<object\b|<embed\b/i);
    }
  });

  it('keeps the default content security policy, or one at least as strict', () => {
    // MV3's default is "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'".
    for (const policy of Object.values(manifest.content_security_policy ?? {})) {
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/unsafe-eval'|unsafe-inline|https?:|wss?:|\bdata:|\bblob:|\*/);
    }
  });

  it('lets no other extension or site connect, and exposes no file to pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('has patterns that do catch what they look for (the control)', () => {
    expect(STRING_TO_CODE.test('x=eval("1")')).toBe(true);
    expect(STRING_TO_CODE.test('new Function("return 1")')).toBe(true);
    expect(STRING_TO_CODE.test('setTimeout("alert(1)", 1)')).toBe(true);
    expect(REMOTE_CALL.test('fetch("https://api.example.com/x")')).toBe(true);
    expect(REMOTE_CALL.test('import("https://cdn.example.com/m.js")')).toBe(true);
    expect(REMOTE_CALL.test('xhr.open("GET", "http://example.com")')).toBe(true);
    expect(REMOTE_CALL.test('fetch(e.href,n)')).toBe(false);
  });
});
