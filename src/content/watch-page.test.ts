import { describe, expect, it, vi } from 'vitest';
import type { MailHost } from './hosts/mail-host';
import { LIST_WAIT_MS, watchPage, type PageEvents } from './watch-page';

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
  it('looks at nothing more once the script has stepped down', async () => {
    let running = true;
    const events = pageEvents(() => running);
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

  it('reads the list at start, then at most once per wait while rows keep coming, and once after', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const events = pageEvents(() => true);
    const table = document.createElement('table');
    document.body.append(table);
    const stop = watchPage(host, document, events);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(1);
    const addRow = async () => {
      const row = document.createElement('tr');
      row.className = 'row';
      table.append(row);
      await vi.advanceTimersByTimeAsync(0);
    };
    // Within the wait: nothing; the first row after it is read at once, in the same callback.
    for (let index = 0; index < 5; index++) await addRow();
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LIST_WAIT_MS);
    await addRow();
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(2);
    // Rows keep coming, a few a second: one read per wait, and the quiet-spell timer never fires.
    for (let tick = 0; tick < 20; tick++) {
      vi.advanceTimersByTime(LIST_WAIT_MS / 4);
      await addRow();
    }
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(7);
    // Quiet: one more look, for rows added within the last wait.
    await addRow();
    vi.advanceTimersByTime(2 * LIST_WAIT_MS);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(8);
    // Nodes that are no row change nothing.
    table.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(0);
    vi.advanceTimersByTime(4 * LIST_WAIT_MS);
    expect(events.listMaybeChanged).toHaveBeenCalledTimes(8);
    stop();
    table.remove();
    vi.useRealTimers();
  });
});
