import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/**
 * crxjs lists its content-script chunks as web-accessible with `use_dynamic_url: false`, which
 * lets any page detect the extension by probing a fixed URL. A per-session URL closes that leak.
 */
function dynamicResourceUrls(): Plugin {
  return {
    name: 'interview-follow-up:dynamic-resource-urls',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const asset = bundle['manifest.json'];
      if (!asset || asset.type !== 'asset') return;
      const built = JSON.parse(String(asset.source)) as {
        web_accessible_resources?: { use_dynamic_url?: boolean }[];
      };
      for (const entry of built.web_accessible_resources ?? []) entry.use_dynamic_url = true;
      asset.source = JSON.stringify(built, null, 2);
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), dynamicResourceUrls()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    rollupOptions: {
      input: { options: 'src/options/index.html' },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
