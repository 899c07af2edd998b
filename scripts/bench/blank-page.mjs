/**
 * What Chromium spends opening any extension page, measured rather than assumed: the bench loads a
 * copy of dist/ with one more page, an empty one whose module script draws a single element into
 * #app, as the popup's first render does. The popup's time from navigation minus this page's is
 * what the extension's own files cost. The page exists only in the copy, never in dist/.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BLANK_PAGE = 'bench-blank.html';

/** Copies dist/ and adds the empty page; returns the copy's folder and a way to remove it. */
export async function withBlankPage(dist) {
  const copy = await mkdtemp(join(tmpdir(), 'interview-bench-dist-'));
  await cp(dist, copy, { recursive: true });
  await writeFile(
    join(copy, BLANK_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8" />' +
      '<script type="module" src="/bench-blank.js"></script></head>' +
      '<body><div id="app"></div></body></html>\n',
  );
  await writeFile(
    join(copy, 'bench-blank.js'),
    "document.getElementById('app').append(document.createElement('p'));\n",
  );
  return { dist: copy, remove: () => rm(copy, { recursive: true, force: true }) };
}
