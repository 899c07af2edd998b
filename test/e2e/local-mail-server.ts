import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureResponse } from '../../scripts/fixture-route.mjs';

/**
 * A fixture page served over HTTPS on the loopback address, for what Playwright's routes cannot
 * answer: a tab that the browser restores at start loads before any route exists. Chromium is
 * pointed here with `args()` (its resolver maps the mail host to this server, and the
 * self-signed certificate is accepted); nothing else reaches it.
 */
export interface LocalMailServer {
  /** Chromium flags that send `host` to this server. */
  args(): string[];
  /** Documents served so far: a restored tab is one of them. */
  documents: string[];
  close(): Promise<void>;
}

export async function serveMailFixture(
  host: string,
  page: string,
  headers: Record<string, string> = {},
): Promise<LocalMailServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mail-cert-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const documents: string[] = [];
  const server: Server = createServer(
    { key: await readFile(key), cert: await readFile(cert) },
    (request, response) => {
      const url = `https://${host}${request.url ?? '/'}`;
      const isDocument = request.headers['sec-fetch-dest'] === 'document';
      if (isDocument) documents.push(url);
      fixtureResponse(page, { url, isDocument, headers }).then(
        (answer) => response.writeHead(answer.status, answer.headers).end(answer.body),
        () => response.writeHead(500).end(),
      );
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    args: () => [
      `--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
    ],
    documents,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
