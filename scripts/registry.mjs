/**
 * The site registry (src/core/sites.ts) for the Node scripts, which run without a TypeScript
 * loader: Vite's module runner imports it as the build does. The demo and bench fixtures answer
 * at each site's addresses from here.
 */
import { fileURLToPath, URL } from 'node:url';
import { runnerImport } from 'vite';

const registry = fileURLToPath(new URL('../src/core/sites.ts', import.meta.url));
export const { SITES } = (await runnerImport(registry)).module;

/** A site's hostnames by provider id ("gmail", "outlook"), the main address first. */
export function hostsOf(provider) {
  const site = SITES.find((entry) => entry.provider === provider);
  if (!site) throw new Error(`No site "${provider}" in src/core/sites.ts`);
  return site.hosts;
}
