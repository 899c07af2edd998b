import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Plugin } from 'vite';
import { afterBuild } from './after-build';

/** Where the popup's own bundle goes in dist/, and its files there. */
const FOLDER = 'popup';
const SCRIPT = 'popup.js';
const STYLES = 'popup.css';

interface Options {
  /** The popup page, as manifest.json's action names it, and its script. */
  page: string;
  entry: string;
  /** The other pages crxjs builds (the options page), whose files must stay. */
  otherPages: string[];
  target: string;
}

/**
 * Builds the popup as one module with its own styles, instead of crxjs's entry importing chunks it
 * shares with the options page. Measured in Chromium (docs/benchmarks.md, "Popup first render"):
 * a graph of three modules reached its first render about 13 ms later than one module did, the
 * same cost the background paid before classic-background.ts. The popup opens on every click of
 * the toolbar button; the options page, rarely. Only the date-fns locales stay separate files,
 * loaded when the browser's language needs one.
 *
 * crxjs builds everything else; this runs after it, writes dist/popup/ and points the popup page
 * at it. What crxjs built for the popup alone, then unused, is removed.
 */
export function singleFilePopup({ page, entry, otherPages, target }: Options): Plugin {
  return afterBuild('single-file-popup', async (outDir) => {
    await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [preact()],
      base: `/${FOLDER}/`,
      build: {
        outDir: join(outDir, FOLDER),
        emptyOutDir: true,
        copyPublicDir: false,
        target,
        sourcemap: false,
        cssCodeSplit: false,
        // The locale chunks import nothing the popup has not loaded already.
        modulePreload: false,
        rollupOptions: {
          input: entry,
          preserveEntrySignatures: false,
          output: {
            entryFileNames: SCRIPT,
            chunkFileNames: '[name]-[hash].js',
            assetFileNames: STYLES,
          },
        },
      },
    });
    const html = join(outDir, page);
    const kept = new Set(otherPages.flatMap((other) => linkedFiles(join(outDir, other))));
    for (const file of linkedFiles(html)) {
      if (!kept.has(file)) rmSync(join(outDir, file), { force: true });
    }
    writeFileSync(html, popupHtml(readFileSync(page, 'utf8')));
  });
}

/** The source page with its script replaced by the built module and its styles. */
function popupHtml(source: string): string {
  const script = /\n\s*<script type="module" src="[^"]+"><\/script>/;
  if (!script.test(source))
    throw new Error('single-file-popup: the popup page has no module script');
  const tags =
    `    <script type="module" src="/${FOLDER}/${SCRIPT}"></script>\n` +
    `    <link rel="stylesheet" href="/${FOLDER}/${STYLES}" />\n`;
  return source.replace(script, '').replace('  </head>', `${tags}  </head>`);
}

/** The files a built page loads (scripts, preloads, styles), as paths in dist/. */
function linkedFiles(html: string): string[] {
  const text = readFileSync(html, 'utf8');
  return [...text.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1] ?? '');
}
