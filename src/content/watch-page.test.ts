import { describe, expect, it, vi } from 'vitest';
import type { MailHost } from './hosts/mail-host';
import { HEARTBEAT_MS, watchPage, type PageEvents } from './watch-page';

/** A site where every <section class="compose"> is a compose. */
const host = {
  findComposes: (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('.compose')],
  mayContainCompose: () => true,
  mayChangeThread: () => false,
  mayChangeList: (node: Element) => node.matches('tr.row'),
} as unknown as MailHost;

/** A compose inside a wrapper, as mail sites insert them. */
function addCompose(): void {
  const wrapper = document.createElement('div');
  const compose = document.createElement('section');
  compose.className = 'compose';
  wrapper.append(compose);
  document.body.append(wrapper);
}

/** Every event recorded; `stillRunning` as the test says. */
const pageEvents = (stillRunning: () => boolean): PageEvents => ({
  stillRunning,
  composeAdded: vi.fn(),
  composeRemoved: vi.fn(),
  threadMaybeChanged: vi.fn(),
  threadUiDetached: () => false,
  listMaybeChanged: vi.fn(),
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page watcher', () => {
  it('looks at nothing more once the script has stepped down, from the next heartbeat', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let running = true;
    const events = pageEvents(() => running);
    const stop = watchPage(host, document, events);
    addCompose();
    await settle();
    expect(events.composeAdded).toHaveBeenCalledTimes(1);
    running = false;
    vi.advanceTimersByTime(HEARTBEAT_MS);
    addCompose();
    await settle();
    expect(events.composeAdded).toHaveBeenCalledTimes(1);
    stop();
    vi.useRealTimers();
  });

  it('reads the list at start, then once a heartbeat while rows keep coming, and once after', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const events = pageEvents(() => true);
    const table = document.createElement('table');
    document.body.append(table);
    const stop = watchPage(host, document, events);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(1);
    const addRow = async () => {
      const row = document.createElement('tr');
      row.className = 'row';
      table.append(row);
      await settle();
    };
    // Rows within a heartbeat: nothing yet; read at the heartbeat.
    for (let index = 0; index < 5; index++) await addRow();
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(HEARTBEAT_MS);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(2);
    // Rows keep coming, a few a second: one read per heartbeat.
    for (let beat = 0; beat < 5; beat++) {
      await addRow();
      await addRow();
      vi.advanceTimersByTime(HEARTBEAT_MS);
    }
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(7);
    // Quiet: one more look (a row the site filled in after adding it), then none.
    vi.advanceTimersByTime(HEARTBEAT_MS);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(8);
    vi.advanceTimersByTime(4 * HEARTBEAT_MS);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(8);
    // Nodes that are no row change nothing.
    table.append(document.createElement('p'));
    await settle();
    vi.advanceTimersByTime(4 * HEARTBEAT_MS);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(8);
    stop();
    table.remove();
    vi.useRealTimers();
  });
});
