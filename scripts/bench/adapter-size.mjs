/**
 * What the Outlook adapter adds to the content script. Both sites run one self-contained content
 * script that bundles both adapters, so the cost is a difference of two builds of
 * src/content/index.ts, in memory (nothing written): one as is, one with hosts/sites.ts's
 * `./outlook` import replaced by a module exporting `outlook = null`, which drops outlook.ts and
 * outlook-labels.ts (and whatever only they use) while host dispatch stays. The build mirrors
 * crxjs's standalone content script (an IIFE library build, no config file and no plugins, the
 * same minifier and target), so the as-is build is checked against dist/'s file byte for byte.
 */
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ENTRY = 'src/content/index.ts';
/** vite.config.ts's Chrome target. */
const TARGET = 'chrome116';
const STUB_ID = '\0bench-outlook-stub';

/** A plugin that swaps the Outlook adapter for a null host; `used` proves it applied. */
function stubOutlook() {
  const plugin = {
    name: 'bench-stub-outlook',
    enforce: 'pre',
    used: false,
    resolveId(source, importer) {
      if (source !== './outlook' || !importer?.replaceAll('\\', '/').endsWith('/hosts/sites.ts')) {
        return null;
      }
      plugin.used = true;
      return STUB_ID;
    },
    load(id) {
      return id === STUB_ID ? 'export const outlook = null;\n' : null;
    },
  };
  return plugin;
}

async function contentScript(root, plugins) {
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      target: TARGET,
      minify: true,
      sourcemap: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'content', fileName: () => 'index.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output);
  const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
  if (!chunk) throw new Error(`no entry chunk building ${ENTRY}`);
  return chunk.code;
}

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** The manifest's content script in dist/ (one file for both sites). */
function builtContentScript(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const file = manifest.content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('dist/manifest.json declares no content script');
  return readFileSync(join(dist, file), 'utf8');
}

/** Gzip -9 of the content script with and without the Outlook adapter, and their difference. */
export async function measureOutlookAdapter(root, dist) {
  const started = Date.now();
  const asIs = await contentScript(root, []);
  const stub = stubOutlook();
  const without = await contentScript(root, [stub]);
  if (!stub.used)
    throw new Error('hosts/sites.ts no longer imports ./outlook: nothing was stubbed');
  return {
    with: gzip(asIs),
    without: gzip(without),
    cost: gzip(asIs) - gzip(without),
    rawCost: Buffer.byteLength(asIs) - Buffer.byteLength(without),
    matchesDist: asIs === builtContentScript(dist),
    seconds: (Date.now() - started) / 1000,
  };
}
