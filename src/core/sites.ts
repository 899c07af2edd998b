/**
 * The site registry: every webmail the extension works on, as data. The build writes the
 * manifest's content scripts and host permissions from it (scripts/vite/site-manifest.ts), and
 * every other list of sites derives from it: which thread links may be opened, the popup's site
 * access notice, the providers storage accepts, the validation messages.
 *
 * Each site's adapter (the code that reads its pages) is bound to its entry in
 * content/hosts/sites.ts, not here: this half is imported by the background, the popup, storage and
 * the build, which must not pull in the content script's DOM code (core/ imports nothing else from
 * src/, see eslint.config.js). That binding is typed so that an entry without an adapter does not
 * compile. Adding a webmail: one entry here, one adapter file there.
 */
export interface Site<P extends string = string> {
  /** Stored with every tagged thread (ThreadRef.provider): never rename one. */
  provider: P;
  /** The site as users know it, whichever address they use. */
  name: string;
  /** Hostnames served over https; the first is the site's main address. */
  hosts: readonly string[];
  /**
   * The content script runs in every frame, about:blank ones included: the site opens composes in
   * frames of its own (Outlook's pop-outs). Off, it runs in the top page only.
   */
  allFrames: boolean;
}

export const SITES = [
  { provider: 'gmail', name: 'Gmail', hosts: ['mail.google.com'], allFrames: false },
  {
    provider: 'outlook',
    name: 'Outlook',
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
    allFrames: true,
  },
] as const satisfies readonly Site[];

// (The pure marks let the content script's bundle drop the lists it does not use.)
export type Provider = (typeof SITES)[number]['provider'];
export const PROVIDERS: readonly Provider[] = /* @__PURE__ */ SITES.map((site) => site.provider);

/** Every hostname of every site. */
export const MAIL_HOSTS: readonly string[] = /* @__PURE__ */ SITES.flatMap((site) => site.hosts);

/** The manifest's match pattern (and permission origin) for a hostname. */
export const originPattern = (host: string): string => `https://${host}/*`;

/** The site a hostname belongs to, if any. */
export function siteOfHost<P extends string>(
  hostname: string,
  sites: readonly Site<P>[],
): Site<P> | undefined {
  return sites.find((site) => site.hosts.includes(hostname));
}

/**
 * "Gmail or Outlook", "Gmail, Outlook or Yahoo Mail": the sites by name, for English validation
 * messages (the UI's own text is in the locale catalogues).
 */
export function siteNames(sites: readonly Site[] = SITES): string {
  const names = sites.map((site) => site.name);
  const last = names.pop();
  return names.length ? `${names.join(', ')} or ${last}` : (last ?? '');
}

/**
 * A thread URL is only ever opened if it is on one of the sites, whatever storage or an import
 * says.
 */
export function isMailUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && MAIL_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}
