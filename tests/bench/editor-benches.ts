import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PartKey } from '../../shared/outline/part-key';
import { openServices } from '../../electron/services/open-services';
import buildRenderer from '../e2e/build-renderer';
import { launchChromium, startPreview } from '../e2e/preview-harness';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { generatedReport } from '../helpers/generated-report';
import { p95, type Bench, type BenchGroup } from './bench';

interface Context {
  browser: Browser;
  page: Page;
  preview: Awaited<ReturnType<typeof startPreview>>;
  dataDir: string;
  reportId: string;
  /** Reports of 50,000 and 150,000 characters, for the page preview and the memory bill. */
  report50k: string;
  report150k: string;
}

let shared: Promise<Context> | undefined;

/** The built renderer in Chromium, through the preview, on a database with a 15,000-character report. */
async function setUp(): Promise<Context> {
  buildRenderer();
  const dataDir = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  const opened = openServices({ dataDir, version: 'bench' });
  const report = opened.services.reports.create({
    organizationName: '某县教育局',
    year: 2024,
    addressee: '县委、县政府',
    title: '基准报告',
  });
  for (const [key, json] of Object.entries(generatedReport(15_000)))
    opened.services.parts.save(report.id, key as PartKey, json);
  const [report50k, report150k] = [50_000, 150_000].map((chars) => {
    const created = opened.services.reports.create({
      organizationName: '某县教育局',
      year: 2024,
      addressee: '县委、县政府',
      title: `基准报告 ${chars}`,
    });
    for (const [key, json] of Object.entries(generatedReport(chars)))
      opened.services.parts.save(created.id, key as PartKey, json);
    return created.id;
  });
  opened.close();
  const preview = await startPreview(dataDir);
  const browser = await launchChromium(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(preview.url);
  return { browser, page, preview, dataDir, reportId: report.id, report50k: report50k!, report150k: report150k! };
}

const context = () => (shared ??= setUp());

/** From changing the route to every part editable with its text on screen, timed inside the page. */
async function openReport({ page, reportId }: Context): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.locator('table.reports').waitFor();
  return page.evaluate(async (id) => {
    const start = performance.now();
    window.location.hash = `#/reports/${id}`;
    // No named functions in here: the TypeScript runner would wrap them in a helper the page lacks.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const editable = document.querySelectorAll('.part-editor[contenteditable="true"]').length === 6;
        const measures = document.querySelector('[data-part="measures"] .part-editor')?.textContent?.length ?? 0;
        if (editable && measures > 5000) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    return performance.now() - start;
  }, reportId);
}

/**
 * Keydown to the frame after it was painted, for keys typed into `target`, in bursts whose pauses
 * let autosave serialize and save between keystrokes. Vsync is off, so the figure is work, not the
 * wait for the display's next refresh.
 */
async function keystrokeP95(page: Page, target: string): Promise<number> {
  await page.evaluate(() => {
    const state = window as unknown as { latencies: number[]; measuring?: boolean };
    state.latencies = [];
    if (state.measuring) return;
    state.measuring = true;
    document.addEventListener(
      'keydown',
      (event) =>
        requestAnimationFrame(() => setTimeout(() => state.latencies.push(performance.now() - event.timeStamp), 0)),
      true,
    );
  });
  await page.locator(target).click();
  await page.keyboard.press('Control+End');
  for (let burst = 0; burst < 4; burst++) {
    for (let key = 0; key < 25; key++) {
      await page.keyboard.press(String.fromCharCode(97 + (key % 26)));
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(1000);
  }
  const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
  if (latencies.length < 90) throw new Error(`only ${latencies.length} keystrokes were measured`);
  return p95(latencies);
}

/** Opens a report and waits until its parts are editable. */
async function showReport(page: Page, reportId: string): Promise<void> {
  await page.evaluate((id) => (window.location.hash = `#/reports/${id}`), reportId);
  await page.locator('[data-part="measures"] .part-editor[contenteditable="true"]').waitFor();
}

/** From the click on 导出 to the first sheet of the page preview drawn with its lines, timed inside the page. */
async function previewFirstPage(page: Page, reportId: string): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.locator('table.reports').waitFor();
  await showReport(page, reportId);
  const elapsed = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === '导出');
    if (!button) throw new Error('no 导出 button');
    const start = performance.now();
    button.click();
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (document.querySelector('section.page[data-page="1"] .page-line')) {
          clearInterval(poll);
          requestAnimationFrame(() => resolve());
        }
      }, 1);
    });
    return performance.now() - start;
  });
  await page.keyboard.press('Escape');
  return elapsed;
}

/**
 * A fresh load of the app to the library's list of reports on screen and answering clicks: from
 * the navigation's start (performance.now() counts from it) to the frame after the rows appeared.
 */
async function libraryInteractive({ browser, preview }: Context): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(() => {
      const state = window as unknown as { libraryShown?: Promise<number> };
      state.libraryShown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('table.reports tbody tr button')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    });
    await page.goto(preview.url);
    return await page.evaluate(() => (window as unknown as { libraryShown: Promise<number> }).libraryShown);
  } finally {
    await page.close();
  }
}

/** The renderer's JS heap after a garbage collection, with the 150,000-character report open and its export previewed. */
async function rendererHeap({ browser, preview, report150k }: Context): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(preview.url);
    await page.locator('table.reports').waitFor();
    await showReport(page, report150k);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.locator('section.page[data-page="1"] .page-line').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('no JSHeapUsedSize metric');
    return used / 1024 / 1024;
  } finally {
    await page.close();
  }
}

const benches: readonly Bench[] = [
  {
    name: 'editor.open_report',
    unit: 'ms',
    measure: async () => openReport(await context()),
  },
  {
    name: 'editor.keystroke_p95_15k',
    unit: 'ms',
    runs: 3,
    measure: async () => {
      const ctx = await context();
      await openReport(ctx);
      return keystrokeP95(ctx.page, '[data-part="measures"] .part-editor');
    },
  },
  {
    name: 'export.preview_first_page_50k',
    unit: 'ms',
    runs: 5,
    measure: async () => {
      const { page, report50k } = await context();
      return previewFirstPage(page, report50k);
    },
  },
  {
    name: 'renderer.library_interactive',
    unit: 'ms',
    runs: 5,
    measure: async () => libraryInteractive(await context()),
  },
  { name: 'memory.renderer_heap_150k', unit: 'MB', runs: 3, measure: async () => rendererHeap(await context()) },
  {
    // The floor of the figure above on this machine: a bare contenteditable holding the same
    // 15,000 characters, no editor framework, no app. Read the editor's figure against this one.
    name: 'editor.keystroke_p95_15k_bare',
    unit: 'ms',
    runs: 3,
    measure: async () => {
      const { browser } = await context();
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const lines = Object.values(generatedReport(15_000)).flatMap((json) =>
        blocksPlainText(partBlocks(json)).split('\n'),
      );
      await page.setContent(
        `<div contenteditable="true" style="max-width:52rem;margin:auto;font-size:18px;line-height:1.9;font-family:serif">${lines.map((line) => `<p style="margin:0;text-indent:2em">${line}</p>`).join('')}</div>`,
      );
      try {
        return await keystrokeP95(page, 'div[contenteditable]');
      } finally {
        await page.close();
      }
    },
  },
];

export const editorBenches: BenchGroup = {
  benches,
  async dispose() {
    if (!shared) return;
    const { browser, preview, dataDir } = await shared;
    await browser.close();
    await preview.stop();
    rmSync(dataDir, { recursive: true, force: true });
    shared = undefined;
  },
};
