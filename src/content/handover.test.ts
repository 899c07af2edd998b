import { describe, expect, it, vi } from 'vitest';
import { claimPage, HANDOVER_EVENT, onTakeover, takeOver } from './handover';
import { PANEL_TAG } from './panel/mount-panel';
import { THREAD_TAG } from './thread/watch-thread';

const LIVE = { runtime: { id: 'ours' } };
const GONE = { runtime: { id: undefined } };

describe('one copy of the content script per page', () => {
  it('lets the first copy of an extension instance start and no second one', () => {
    const world = {};
    expect(claimPage(world)).toBe(true);
    expect(claimPage(world)).toBe(false);
    // A new instance of the extension runs in a new world, whose first copy starts.
    expect(claimPage({})).toBe(true);
  });
});

describe('handing over to a newer copy', () => {
  it('retires an older copy whose extension is gone', () => {
    const retire = vi.fn();
    onTakeover(document, retire, GONE);
    takeOver(document);
    expect(retire).toHaveBeenCalledTimes(1);
  });

  it('leaves a running copy alone when the page forges the event', () => {
    const retire = vi.fn();
    onTakeover(document, retire, LIVE);
    document.dispatchEvent(new Event(HANDOVER_EVENT));
    takeOver(document);
    expect(retire).not.toHaveBeenCalled();
  });

  it('stops listening when told to', () => {
    const retire = vi.fn();
    const stop = onTakeover(document, retire, GONE);
    stop();
    takeOver(document);
    expect(retire).not.toHaveBeenCalled();
  });

  it('removes the panels and bars a copy left without stepping down (Firefox unloads its code)', () => {
    const page = document.createElement('p');
    document.body.append(
      document.createElement(PANEL_TAG),
      document.createElement(THREAD_TAG),
      page,
    );
    takeOver(document);
    expect(document.querySelectorAll(`${PANEL_TAG}, ${THREAD_TAG}`)).toHaveLength(0);
    expect(page.isConnected).toBe(true);
  });
});
