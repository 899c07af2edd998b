/**
 * The anchors of issue 7: what the two usual Gmail libraries cost an extension that ships them,
 * measured from their published npm packages rather than quoted. Versions are pinned so the
 * figures only move when a pin does; the tarballs (`npm pack`) are cached in
 * node_modules/.cache/bench-anchors/, so only the first run needs the registry.
 *
 * The files are the ones a user ships, picked from each package's own package.json: InboxSDK's
 * `main` (its content-script bundle) and the page-world script its background.js injects with
 * chrome.scripting.executeScript({ world: 'MAIN' }); gmail.js's `main`; jQuery's minified build.
 * Each is measured as published, gzip -9, with the same helper as our own files.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipBytes } from './sizes.mjs';

const run = promisify(execFile);

export const ANCHOR_PACKAGES = {
  inboxsdk: { name: '@inboxsdk/core', version: '2.2.26' },
  gmailJs: { name: 'gmail-js', version: '1.1.16' },
  // gmail.js needs a jQuery on the page; its types (@types/jquery ^3) and its boilerplate target 3.x.
  jquery: { name: 'jquery', version: '3.7.1' },
};

const CACHE = join('node_modules', '.cache', 'bench-anchors');
// Offline, npm would otherwise retry for minutes: fail fast, the bench carries on without them.
const NPM_TIMEOUT_MS = 60_000;
const NPM_FLAGS = [
  '--prefer-offline',
  '--fetch-retries=1',
  '--fetch-retry-mintimeout=1000',
  '--fetch-retry-maxtimeout=2000',
  '--fetch-timeout=20000',
];

/** npm's own reason (the failed request or version, else its code) rather than the command. */
function npmFailure(error) {
  if (error.killed) return `npm pack timed out after ${NPM_TIMEOUT_MS / 1000} s`;
  const stderr = String(error.stderr ?? '');
  const reason =
    stderr.match(
      /request to \S+ failed, reason: .+|No matching version found for \S+|404 Not Found.+/,
    )?.[0] ??
    stderr.match(/npm (?:error|ERR!) code \S+/)?.[0] ??
    String(error.message).split('\n')[0];
  return `npm pack failed: ${reason}`;
}

/** The file name `npm pack` gives a package: `@scope/name` becomes `scope-name-<version>.tgz`. */
const tarballName = ({ name, version }) =>
  `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;

/** Fetches the tarballs missing from the cache with one `npm pack`; returns how many it fetched. */
async function fetchMissing(root, cache, packages) {
  const missing = packages.filter((pkg) => !existsSync(join(cache, tarballName(pkg))));
  if (missing.length === 0) return 0;
  await mkdir(cache, { recursive: true });
  // Packed next to the cache and renamed in, so an interrupted fetch never leaves a partial file.
  const staging = await mkdtemp(join(cache, 'pack-'));
  try {
    const specs = missing.map(({ name, version }) => `${name}@${version}`);
    await run('npm', ['pack', ...specs, ...NPM_FLAGS, '--pack-destination', staging], {
      cwd: root,
      timeout: NPM_TIMEOUT_MS,
    }).catch((error) => {
      throw new Error(npmFailure(error));
    });
    for (const pkg of missing) {
      await rename(join(staging, tarballName(pkg)), join(cache, tarballName(pkg)));
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return missing.length;
}

/**
 * Unpacks one tarball into a fresh directory; returns the package's root (`package/`). A cached
 * tarball that does not unpack is removed, so that the next run fetches it again.
 */
async function unpack(tarball, into) {
  const dir = await mkdtemp(join(into, 'anchor-'));
  try {
    await run('tar', ['-xzf', tarball, '-C', dir, '--no-same-owner']);
  } catch (error) {
    await rm(tarball, { force: true });
    const detail = String(error.stderr || error.message)
      .split('\n')
      .find((line) => line.trim());
    throw new Error(`${basename(tarball)} did not unpack (${detail}); removed from the cache`);
  }
  return join(dir, 'package');
}

/** The file a bundler picks for `import 'name'`: the `.` export (browser first), else `main`. */
function entryOf(manifest) {
  let target = manifest.exports;
  if (target && typeof target === 'object' && !Array.isArray(target) && '.' in target) {
    target = target['.'];
  }
  while (target && typeof target === 'object' && !Array.isArray(target)) {
    target = target.browser ?? target.import ?? target.default ?? target.require;
  }
  if (typeof target === 'string') {
    return { file: target.replace(/^\.\//, ''), via: 'package.json exports' };
  }
  return { file: (manifest.main ?? 'index.js').replace(/^\.\//, ''), via: 'package.json main' };
}

/** The script InboxSDK's background.js injects into the page's own world (MV3). */
function pageWorldOf(dir, manifest) {
  const background = join(dir, 'background.js');
  if (existsSync(background)) {
    const injected = readFileSync(background, 'utf8').match(
      /world:\s*['"]MAIN['"][\s\S]*?files:\s*\[\s*['"]([^'"]+)['"]/,
    );
    if (injected) {
      return { file: injected[1], via: 'what its background.js injects into the page world' };
    }
  }
  const named = (manifest.files ?? []).find((file) => /^page-?world\.js$/i.test(file));
  if (named) return { file: named, via: 'package.json files' };
  throw new Error(`${manifest.name}@${manifest.version}: no page-world script found`);
}

function measured(dir, manifest, { file, via }) {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${manifest.name}@${manifest.version} has no ${file}`);
  return {
    package: manifest.name,
    version: manifest.version,
    file,
    via,
    bytes: readFileSync(path).length,
    gzip: gzipBytes(path),
  };
}

const total = (files) => files.reduce((sum, entry) => sum + entry.gzip, 0);

/**
 * The anchor rows: `{ figure, files, gzip }`, each file with its package, version, path in the
 * package, why it was picked, raw bytes and gzip -9 bytes. Throws when a package cannot be fetched
 * or unpacked; the caller reports the anchors as unavailable and carries on.
 */
export async function measureAnchors(root) {
  const cache = join(root, CACHE);
  const packages = Object.values(ANCHOR_PACKAGES);
  const fetched = await fetchMissing(root, cache, packages);
  const scratch = await mkdtemp(join(tmpdir(), 'bench-anchors-'));
  try {
    const open = async (pkg) => {
      const dir = await unpack(join(cache, tarballName(pkg)), scratch);
      return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
    };
    // Settled, not Promise.all: the scratch directory goes only once every tar has finished.
    const opened = await Promise.allSettled(
      [ANCHOR_PACKAGES.inboxsdk, ANCHOR_PACKAGES.gmailJs, ANCHOR_PACKAGES.jquery].map(open),
    );
    const failed = opened.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [inboxsdk, gmailJs, jquery] = opened.map((result) => result.value);
    const content = measured(inboxsdk.dir, inboxsdk.manifest, entryOf(inboxsdk.manifest));
    const pageWorld = measured(
      inboxsdk.dir,
      inboxsdk.manifest,
      pageWorldOf(inboxsdk.dir, inboxsdk.manifest),
    );
    const gmail = measured(gmailJs.dir, gmailJs.manifest, entryOf(gmailJs.manifest));
    const jq = measured(jquery.dir, jquery.manifest, {
      file: 'dist/jquery.min.js',
      via: 'the minified build',
    });
    const rows = [
      { figure: 'Anchor: InboxSDK content script (gzip)', files: [content] },
      { figure: 'Anchor: InboxSDK page-world script (gzip)', files: [pageWorld] },
      { figure: 'Anchor: gmail.js + jQuery (gzip)', files: [gmail, jq] },
    ];
    return {
      rows: rows.map((entry) => ({ ...entry, gzip: total(entry.files) })),
      fetched,
      cache: CACHE,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
