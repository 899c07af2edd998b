import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A second, unrelated extension written to a temp dir: the attacker next door. It asks for no
 * permission; from its service worker the tests call chrome.runtime.sendMessage(ourId, ...) and
 * chrome.runtime.connect(ourId), as any installed extension could.
 */
export async function writeOtherExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'other-extension-'));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Other extension',
      version: '1.0.0',
      background: { service_worker: 'worker.js' },
    }),
  );
  // Kept running by the tests' calls; it needs no code of its own.
  await writeFile(join(dir, 'worker.js'), 'self.ready = true;\n');
  return dir;
}
