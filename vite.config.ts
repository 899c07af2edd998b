import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestJson from './manifest.json' with { type: 'json' };
import { classicBackground } from './scripts/vite/classic-background';
import { singleFilePopup } from './scripts/vite/single-file-popup';
import { CONTENT_SCRIPT, withSites } from './scripts/vite/site-manifest';

/** manifest.json names no site: the content scripts and host permissions come from the registry. */
const manifest = withSites(manifestJson);

/** crxjs builds everything but the background, which classicBackground writes as one file. */
function withoutBackground(full: typeof manifest): typeof manifest {
  const rest: Partial<typeof manifest> = { ...full };
  delete rest.background;
  return rest as typeof manifest;
}

/**
 * Firefox's Manifest V3 from the same manifest: the add-on id and minimum version
 * addons.mozilla.org needs (classicBackground writes Firefox's background scripts).
 */
function firefoxManifest(chrome: typeof manifest): ManifestV3Export {
  const shared: Partial<typeof manifest> = { ...chrome };
  delete shared.minimum_chrome_version;
  // Firefox-only keys that crxjs's Chrome-shaped manifest type does not list.
  return {
    ...shared,
    browser_specific_settings: {
      gecko: {
        id: '{8c0f6a4e-2f5e-4e0e-9a57-3c1b9d6f2a11}',
        strict_min_version: '140.0',
        // addons.mozilla.org asks every add-on what it collects: nothing leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as typeof manifest & ManifestV3Export;
}

// `vite build --mode firefox` writes dist-firefox/; any other mode, Chrome's dist/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const outDir = firefox ? 'dist-firefox' : 'dist';
  const target = firefox ? 'firefox140' : 'chrome116';
  const crxManifest = withoutBackground(manifest);
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest(crxManifest) : crxManifest,
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained file instead of crxjs's loader and chunks: chunks must be
        // web-accessible, which lets any page detect the extension (and Chromium refuses them
        // with `use_dynamic_url`). Heavy work (date parsing) runs in the background instead.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      classicBackground({ entry: manifest.background.service_worker, target, firefox }),
      singleFilePopup({
        page: manifest.action.default_popup,
        entry: 'src/popup/main.tsx',
        otherPages: [manifest.options_ui.page],
        target,
      }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target,
      sourcemap: false,
      rollupOptions: {
        input: { options: 'src/options/index.html' },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
