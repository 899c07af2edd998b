import { describe, expect, it, vi } from 'vitest';
import type { MailHost } from './hosts/mail-host';
import { watchPage, type PageEvents } from './watch-page';

/** A site where every <section class="compose"> is a compose. */
const host = {
  findComposes: (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('.compose')],
  mayContainCompose: () => true,
  mayChangeThread: () => false,
} as unknown as MailHost;

/** A compose inside a wrapper, as mail sites insert them. */
function addCompose(): void {
  const wrapper = document.createElement('div');
  const compose = document.createElement('section');
  compose.className = 'compose';
  wrapper.append(compose);
  document.body.append(wrapper);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page watcher', () => {
  it('looks at nothing more once the script has stepped down', async () => {
    let running = true;
    const events: PageEvents = {
      stillRunning: () => running,
      composeAdded: vi.fn(),
      composeRemoved: vi.fn(),
      threadMaybeChanged: vi.fn(),
      threadUiDetached: () => false,
    };
    const stop = watchPage(host, document, events);
    addCompose();
    await settle();
    expect(events.composeAdded).toHaveBeenCalledTimes(1);
    running = false;
    addCompose();
    await settle();
    expect(events.composeAdded).toHaveBeenCalledTimes(1);
    stop();
  });
});
