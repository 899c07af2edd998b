import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { afterBuild } from './after-build';

/** The file the background is written to, in Chrome's dist/ and Firefox's dist-firefox/. */
export const BACKGROUND_FILE = 'background.js';

interface Options {
  /** The background's entry, as manifest.json names it. */
  entry: string;
  target: string;
  firefox: boolean;
}

/**
 * Builds the background as one classic script, instead of crxjs's module loader importing shared
 * chunks. Measured on a cold Chromium service worker: a module graph of four files (loader,
 * entry, chunks shared with the options page) starts about 30 ms after the worker does, one
 * classic file about 12 ms (see docs/benchmarks.md, "Service worker start"). A worker that
 * answers sooner is what every reminder and every first click after idling waits for.
 *
 * crxjs builds everything else; this runs after it and writes `background` into the manifest.
 */
export function classicBackground({ entry, target, firefox }: Options): Plugin {
  return afterBuild('classic-background', async (outDir) => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        target,
        sourcemap: false,
        lib: {
          entry,
          formats: ['iife'],
          name: 'interviewFollowUpBackground',
          fileName: () => BACKGROUND_FILE,
        },
      },
    });
    const manifestPath = join(outDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    // Firefox runs an event page from background scripts; Chrome a service worker.
    manifest.background = firefox
      ? { scripts: [BACKGROUND_FILE] }
      : { service_worker: BACKGROUND_FILE };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  });
}
