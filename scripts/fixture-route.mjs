/**
 * Serves a local fixture page at a real mail address, for `npm start`, the e2e harness and the
 * Firefox smoke alike: every document request gets the page (or the fixture page it names, as a
 * pop-out window's does), any other request the file of the same name beside it (so
 * `<script src="gmail-fixture.js">` works from any path), else a 404. Nothing reaches the network.
 */
import { Buffer } from 'node:buffer';
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
 * Files that fixture pages load by basename but that do not live beside the page: the Outlook
 * fixtures run the real roosterjs editor from node_modules, and both mail fixtures share the
 * scripts of test/fixtures/shared (the mailbox story, the DOM builder and busy mode). A file in the
 * fixture folder wins.
 */
const VENDOR = {
  'rooster-min.js': '../node_modules/roosterjs/dist/rooster-min.js',
  'mailbox.js': '../test/fixtures/shared/mailbox.js',
  'fixture-dom.js': '../test/fixtures/shared/fixture-dom.js',
};

/**
 * The answer to one request for `url` while `page` (an absolute path) is served: the page itself
 * for a document (`isDocument`), unless the document names another fixture page, else the sibling
 * file of the same name, else a 404. Both browser drivers answer with it: Playwright's route in
 * Chromium (fixtureHandler) and Puppeteer's request interception in Firefox (test/firefox/).
 */
export async function fixtureResponse(page, { url, isDocument, headers = {} }) {
  const sibling = join(dirname(page), basename(new URL(url).pathname));
  // A document gets the page, unless it names another fixture page (a pop-out window does).
  const namesPage = extname(sibling) === '.html' && isFile(sibling);
  let file = isDocument && !namesPage ? page : sibling;
  const name = basename(file);
  if (!isFile(file) && Object.hasOwn(VENDOR, name)) {
    file = fileURLToPath(new URL(VENDOR[name], import.meta.url));
  }
  if (!isFile(file)) return { status: 404, headers: {}, body: Buffer.from('not a fixture') };
  return {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers,
    },
    body: await readFile(file),
  };
}

/** A Playwright route handler serving `page` (an absolute path) and its sibling files. */
export function fixtureHandler(page, headers = {}) {
  return async (route) => {
    const request = route.request();
    const isDocument = request.resourceType() === 'document';
    await route.fulfill(await fixtureResponse(page, { url: request.url(), isDocument, headers }));
  };
}
