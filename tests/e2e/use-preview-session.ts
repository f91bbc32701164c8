import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { useTempDirs } from '../helpers/temp-dir';
import { launchChromium, startPreview } from './preview-harness';

export interface PreviewSession {
  /** A fresh page per test. */
  readonly page: Page;
  /** The preview's address, e.g. http://127.0.0.1:41234/. */
  readonly url: string;
  /** The data folder the preview runs on; files the clerk saves land in its 导出 folder. */
  readonly dataDir: string;
  /**
   * Stops the preview server and starts a new one on the same data folder (a new port and token);
   * `whileStopped` runs in between, e.g. to damage the database file as a power cut might.
   */
  restartPreview(whileStopped?: () => void | Promise<void>): Promise<void>;
  /** Stops the preview server, as when the service behind the window goes away. */
  stopPreview(): Promise<void>;
}

/**
 * One Chromium per test file; per test a new data folder, a preview server on it and a new page,
 * all closed afterwards.
 */
export function usePreviewSession(viewport = { width: 1400, height: 900 }): PreviewSession {
  const tempDir = useTempDirs();
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let preview: Awaited<ReturnType<typeof startPreview>>;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    dataDir = tempDir();
    preview = await startPreview(dataDir);
    page = await browser.newPage({ viewport });
  });
  afterEach(async () => {
    await page.close();
    await preview.stop();
  });

  return {
    get page() {
      return page;
    },
    get url() {
      return preview.url;
    },
    get dataDir() {
      return dataDir;
    },
    async restartPreview(whileStopped) {
      await preview.stop();
      await whileStopped?.();
      preview = await startPreview(dataDir);
    },
    async stopPreview() {
      await preview.stop();
      preview = { url: preview.url, stop: async () => {} };
    },
  };
}
