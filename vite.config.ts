import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      // One self-contained file instead of crxjs's loader and chunks: chunks must be
      // web-accessible, which lets any page detect the extension (and Chromium refuses them with
      // `use_dynamic_url`). Heavy work (date parsing) runs in the background instead.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
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
