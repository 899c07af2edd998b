import { describe, expect, it } from 'vitest';
import { SITES } from '../../core/sites';
import { FAKE_SITE, fakeMail } from '../../../test/unit/fake-webmail';
import { ADAPTERS, hostFor, hostLookup } from './sites';

describe('the adapters of the site registry', () => {
  it("gives every host of every site that site's adapter", () => {
    for (const site of SITES) {
      expect(ADAPTERS[site.provider].provider).toBe(site.provider);
      for (const host of site.hosts) expect(hostFor(host)).toBe(ADAPTERS[site.provider]);
    }
    expect(hostFor('mail.yahoo.com')).toBeNull();
    expect(hostFor('')).toBeNull();
  });
});

/**
 * A site without an adapter does not compile: tsc (npm run typecheck) fails when an expected error
 * below is gone. Never run.
 */
export function mustNotCompile(): void {
  // @ts-expect-error: Outlook's adapter is missing.
  const partial: typeof ADAPTERS = { gmail: ADAPTERS.gmail };
  // @ts-expect-error: a new registry entry without its adapter.
  hostLookup([...SITES, FAKE_SITE], ADAPTERS);
  // With its adapter, it compiles.
  hostLookup([...SITES, FAKE_SITE], { ...ADAPTERS, fakemail: fakeMail });
  void partial;
}
