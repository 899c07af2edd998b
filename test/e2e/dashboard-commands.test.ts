import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchExtension, type ExtensionSession } from './harness';

interface Command {
  name?: string;
  shortcut?: string;
  description?: string;
}

describe('keyboard commands', () => {
  let ext: ExtensionSession;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('declares the two commands without asking for another permission', async () => {
    const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as {
      commands?: Record<string, unknown>;
      permissions?: string[];
    };
    expect(Object.keys(manifest.commands ?? {}).sort()).toEqual([
      '_execute_action',
      'insert-due-template',
    ]);
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'alarms',
      'notifications',
      'scripting',
      'storage',
    ]);
  });

  it('has its shortcuts accepted by Chromium, described in the user’s language', async () => {
    const commands = await ext.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }
      ).chrome.commands.getAll(),
    );
    const byName = Object.fromEntries(commands.map((command) => [command.name, command]));
    expect(byName['insert-due-template']).toMatchObject({
      shortcut: 'Alt+Shift+I',
      description: 'Insert the follow-up that is due into the compose you are writing',
    });
    expect(byName._execute_action?.shortcut).toBe('Alt+Shift+U');
  });
});
