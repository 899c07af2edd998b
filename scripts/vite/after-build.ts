import type { Plugin } from 'vite';

/**
 * A plugin that runs `step` once the main build has written its files, with the folder it wrote
 * to (`--outDir` included: the e2e suites build into other folders). The background and the popup
 * are each built again there as one file (classic-background.ts, single-file-popup.ts).
 */
export function afterBuild(name: string, step: (outDir: string) => Promise<void>): Plugin {
  let outDir = '';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle: () => step(outDir),
  };
}
