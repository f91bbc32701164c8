import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    // The report and package readers run in worker threads of their own (electron/import/run-in-worker.ts).
    build: {
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          'report-reader-worker': resolve(root, 'electron/import/report-reader-worker.ts'),
          'report-package-worker': resolve(root, 'electron/import/report-package-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but electron, and cannot load ES modules:
    // its few dependencies (the channel names) are bundled in, and the output is CommonJS.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      // Minified: the window parses and compiles half the code before the library is usable.
      minify: true,
      rollupOptions: {
        // The preview bridge is a second entry at a fixed name: the browser preview adds it to the page.
        input: {
          index: resolve(root, 'renderer/index.html'),
          'preview-bridge': resolve(root, 'renderer/preview-bridge.ts'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'preview-bridge' ? '[name].js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  },
});
