import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // Worker threads of the main process, each an entry beside index.js
        // (db/threads.ts finds them): the data service (out/main/worker.js)
        // and the check of a backup (out/main/backupCheck.js).
        input: {
          index: resolve(__dirname, 'electron/main/main.ts'),
          worker: resolve(__dirname, 'db/service/worker.ts'),
          backupCheck: resolve(__dirname, 'db/backups/checkWorker.ts'),
        },
        external: ['better-sqlite3', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; a third of the size
      // parses faster on officials' older laptops (and in every e2e test).
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
