// Builds the explorer into dist/explorer; the API serves it at / (src/explorer/serve-explorer.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  build: { outDir: path.join(here, '..', 'dist', 'explorer'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
