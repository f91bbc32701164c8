import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { previewSavePath } from '../../electron/files/preview-save-path';
import { readPackageInWorker, sourcePackageWorker } from '../../electron/import/read-package-in-worker';
import { createFolderRouter } from '../../electron/ipc/create-folder-router';
import { startPreviewServer } from '../../electron/preview/preview-server';
import { createDataFolder } from '../../electron/services/data-folder';

const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/**
 * The browser preview as `npm run preview` starts it: real services on a real database in
 * `dataDir`, a backup when due at the start and one at the stop when something changed; a
 * damaged database is served as the recovery screen.
 */
export async function startPreview(dataDir: string) {
  // Packages are read in a worker thread, as the preview and the app read them.
  const folder = createDataFolder({
    dataDir,
    version: '0.0.0-e2e',
    readPackage: readPackageInWorker(sourcePackageWorker()),
  });
  const opened = folder.open();
  const server = await startPreviewServer({
    router: createFolderRouter({ chooseSavePath: previewSavePath(dataDir), folder }),
    rendererDir,
    port: 0,
  });
  if (opened.status === 'ready') opened.services.backups.backupIfDue();
  return {
    url: server.url,
    async stop() {
      await server.close();
      folder.close();
    },
  };
}

/**
 * Debian's Chromium; the flags keep it from reaching for the network this machine does not have.
 * `extraArgs` lets benchmarks switch off vsync, so a latency shows the app's work, not the wait
 * for the next 60 Hz frame.
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
