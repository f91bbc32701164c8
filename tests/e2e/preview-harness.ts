import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { previewSavePath } from '../../electron/files/preview-save-path';
import { createHandlers } from '../../electron/ipc/create-handlers';
import { createRouter } from '../../electron/ipc/create-router';
import { startPreviewServer } from '../../electron/preview/preview-server';
import { openServices } from '../../electron/services/open-services';

const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/** The browser preview as `npm run preview` starts it: real services on a real database in `dataDir`. */
export async function startPreview(dataDir: string) {
  const opened = openServices({ dataDir, version: '0.0.0-e2e' });
  const server = await startPreviewServer({ router: createRouter(createHandlers(opened.services, { chooseSavePath: previewSavePath(dataDir) })), rendererDir, port: 0 });
  return {
    url: server.url,
    async stop() {
      await server.close();
      opened.close();
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
