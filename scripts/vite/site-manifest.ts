import { originPattern, SITES, type Site } from '../../src/core/sites';

/** The content script's entry: one self-contained file for every site. */
export const CONTENT_SCRIPT = 'src/content/index.ts';

/** The manifest's per-site keys, generated so that manifest.json names no site. */
export interface SiteKeys {
  host_permissions: string[];
  content_scripts: {
    matches: string[];
    js: string[];
    run_at: 'document_idle';
    all_frames?: true;
    match_about_blank?: true;
  }[];
}

/**
 * manifest.json with the registry's sites (src/core/sites.ts): one content-script entry per site,
 * with the site's frame flags, and each host again as a host permission, which
 * scripting.executeScript and tabs.query by URL need (content-script matches alone do not grant
 * it; see src/background/inject-open-tabs.ts). A test passes a registry of its own.
 */
export function withSites<M extends object>(
  manifest: M,
  sites: readonly Site[] = SITES,
): M & SiteKeys {
  return {
    ...manifest,
    host_permissions: sites.flatMap((site) => site.hosts.map(originPattern)),
    content_scripts: sites.map((site) => ({
      matches: site.hosts.map(originPattern),
      js: [CONTENT_SCRIPT],
      run_at: 'document_idle',
      ...(site.allFrames && { all_frames: true, match_about_blank: true }),
    })),
  };
}
