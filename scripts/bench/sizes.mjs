/**
 * What the browser really loads, in gzip bytes, read from the built dist/ (no browser needed):
 * shared by the bench table and by check-size, the CI guard.
 *
 * The manifest's content script is either one standalone file or crxjs's tiny loader that
 * import()s the entry chunk through chrome.runtime.getURL; the entry's static imports (and theirs)
 * load before it runs, so they are all part of the initial cost. Chunks reached only through a
 * dynamic import() load later, on demand: they are listed apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Rolldown's minified output: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`, each at a statement start. Anchoring on the statement start keeps a
// string that happens to contain `from"./x.js"` from counting.
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
// import("./x.js") or import(`./x.js`), also inside Vite's __vitePreload wrapper.
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+)["'`]\s*\)/g;
// The crxjs loader: import(chrome.runtime.getURL("assets/src-content-index.ts-xxxx.js")).
const LOADER_TARGET = /getURL\(\s*["']([^"']+\.js)["']\s*\)/g;
// <script type="module" src="/assets/x.js"> in the built HTML pages.
const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;

const matches = (text, pattern) => [...text.matchAll(pattern)].map((match) => match[1]);

/** gzip -9 of one file: what a compressed copy of it costs. */
export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static and dynamic imports of one built file, as absolute paths. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const resolveFrom = (specifier) => join(dirname(file), specifier);
  return {
    static: matches(text, STATIC_IMPORT).map(resolveFrom),
    dynamic: matches(text, DYNAMIC_IMPORT).map(resolveFrom),
  };
}

/**
 * Splits the module graph reached from `entries` into what loads up front (the entries and their
 * static imports, transitively) and what loads only through a dynamic import() somewhere below.
 */
export function moduleGraph(entries) {
  const initial = new Set();
  const pending = [...entries];
  const dynamicTargets = new Set();
  while (pending.length > 0) {
    const file = pending.pop();
    if (initial.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${file} is imported but missing from dist/`);
    initial.add(file);
    const found = importsOf(file);
    pending.push(...found.static);
    for (const target of found.dynamic) dynamicTargets.add(target);
  }
  // The lazy side: each dynamic target with its own static imports, minus what is loaded already.
  const lazy = new Set();
  const lazyPending = [...dynamicTargets];
  while (lazyPending.length > 0) {
    const file = lazyPending.pop();
    if (initial.has(file) || lazy.has(file)) continue;
    lazy.add(file);
    const found = importsOf(file);
    lazyPending.push(...found.static, ...found.dynamic);
  }
  return { initial: [...initial], lazy: [...lazy] };
}

function group(files, dist) {
  const list = files
    .map((file) => ({
      file: relative(dist, file).split('\\').join(posix.sep),
      gzip: gzipBytes(file),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  return { files: list, gzip: list.reduce((sum, entry) => sum + entry.gzip, 0) };
}

function contentScriptEntries(dist, manifest) {
  const loaders = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  if (loaders.length === 0) throw new Error('dist/manifest.json declares no content script');
  return loaders.flatMap((loader) => {
    const path = join(dist, loader);
    // The loader is a classic script; what it import()s through getURL is the real entry.
    const targets = matches(readFileSync(path, 'utf8'), LOADER_TARGET).map((url) =>
      join(dist, url),
    );
    return [path, ...targets];
  });
}

function pageScripts(dist, page) {
  const html = join(dist, page);
  return matches(readFileSync(html, 'utf8'), HTML_SCRIPT).map((src) =>
    src.startsWith('/') ? join(dist, src) : join(dirname(html), src),
  );
}

/**
 * Gzip sizes of the content script and the popup (each initial and lazy) and of the service
 * worker's modules (what a cold start evaluates).
 */
export function measureSizes(dist) {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const content = moduleGraph(contentScriptEntries(dist, manifest));
  const popupPage = manifest.action?.default_popup;
  if (!popupPage) throw new Error('dist/manifest.json declares no action popup');
  const popup = moduleGraph(pageScripts(dist, popupPage));
  const worker = manifest.background?.service_worker;
  return {
    serviceWorker: worker
      ? group(moduleGraph([join(dist, worker)]).initial, dist)
      : group([], dist),
    contentInitial: group(content.initial, dist),
    contentLazy: group(content.lazy, dist),
    popupInitial: group(popup.initial, dist),
    popupLazy: group(popup.lazy, dist),
  };
}

export const formatKb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
