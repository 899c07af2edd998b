import { SITES, siteOfHost, type Provider, type Site } from '../../core/sites';
import { gmail } from './gmail';
import type { MailHost } from './mail-host';
import { outlook } from './outlook';

/**
 * The site registry's other half: each provider's adapter. The data half (names, hosts, frames)
 * is core/sites.ts, which the background, the popup, storage and the build import without
 * pulling in this DOM code. Typed by the registry: a site without an adapter here does not
 * compile, nor does an adapter for a site the registry does not list.
 */
export const ADAPTERS: { readonly [P in Provider]: MailHost } = { gmail, outlook };

/**
 * The adapter for a hostname in the given registry (a test adds sites of its own). By hostname,
 * never by page content: that is the site's to change.
 */
export function hostLookup<P extends string>(
  sites: readonly Site<P>[],
  adapters: { readonly [K in P]: MailHost },
): (hostname: string) => MailHost | null {
  return (hostname) => {
    const site = siteOfHost(hostname, sites);
    return site ? adapters[site.provider] : null;
  };
}

export const hostFor = hostLookup(SITES, ADAPTERS);
