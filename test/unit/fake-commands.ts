import { fakeBrowser } from '@webext-core/fake-browser';

type Listener = (command: string, tab?: unknown) => unknown;

export interface FakeCommandEvent {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
  hasListener(listener: Listener): boolean;
  hasListeners(): boolean;
  trigger(command: string, tab?: unknown): Promise<unknown[]>;
}

/**
 * fake-browser 2.0.1 leaves commands.onCommand unimplemented (adding a listener throws), and the
 * service worker registers one at load. A fresh working event for each test.
 */
export function installFakeCommands(): FakeCommandEvent {
  const listeners = new Set<Listener>();
  const event: FakeCommandEvent = {
    addListener: (listener) => void listeners.add(listener),
    removeListener: (listener) => void listeners.delete(listener),
    hasListener: (listener) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: (command, tab) =>
      Promise.all([...listeners].map((listener) => listener(command, tab))),
  };
  (fakeBrowser.commands as unknown as { onCommand: FakeCommandEvent }).onCommand = event;
  return event;
}

export const fakeCommands = (): FakeCommandEvent =>
  (fakeBrowser.commands as unknown as { onCommand: FakeCommandEvent }).onCommand;
