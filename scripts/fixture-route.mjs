/**
 * Serves a local fixture page at a real mail address, for `npm start` and the e2e harness alike:
 * every document request gets the page (or the fixture page it names, as a pop-out window's does),
 * any other request the file of the same name beside it
 * (so `<script src="gmail-fixture.js">` works from any path), else a 404. Nothing reaches the
 * network.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

/** Gmail sends this header; its fixtures get it too, so the content script meets Trusted Types. */
export const GMAIL_CSP = "require-trusted-types-for 'script'";

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const isFile = (file) => existsSync(file) && statSync(file).isFile();

/**
 * Third-party files that fixture pages load by basename but that live in node_modules, not beside
 * the page: the Outlook fixtures run the real roosterjs editor. A file in the fixture folder wins.
 */
const VENDOR = {
  'rooster-min.js': '../node_modules/roosterjs/dist/rooster-min.js',
};

/** A Playwright route handler serving `page` (an absolute path) and its sibling files. */
export function fixtureHandler(page, headers = {}) {
  return async (route) => {
    const request = route.request();
    const sibling = join(dirname(page), basename(new URL(request.url()).pathname));
    // A document gets the page, unless it names another fixture page (a pop-out window does).
    const namesPage = extname(sibling) === '.html' && isFile(sibling);
    let file = request.resourceType() === 'document' && !namesPage ? page : sibling;
    const name = basename(file);
    if (!isFile(file) && Object.hasOwn(VENDOR, name)) {
      file = fileURLToPath(new URL(VENDOR[name], import.meta.url));
    }
    if (!isFile(file)) {
      await route.fulfill({ status: 404, body: 'not a fixture' });
      return;
    }
    await route.fulfill({
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
      },
      body: await readFile(file),
    });
  };
}
