import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ChooseSavePath } from '../files/choose-save-path';
import { readPackageInWorker } from '../import/read-package-in-worker';
import { readReportInWorker } from '../import/read-report-in-worker';
import { createFolderRouter } from '../ipc/create-folder-router';
import { registerIpcMain } from '../ipc/register-ipc-main';
import { createDataFolder } from '../services/data-folder';
import { dataDirFlag, resolveDataDir } from '../store/resolve-data-dir';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { hardenSession } from './harden-session';
import { createMainWindow } from './window';

const dataDir = resolveDataDir({
  override: dataDirFlag(process.argv),
  env: process.env,
  platform: process.platform,
  homedir: homedir(),
});
// Chromium's own files go beside the database, so one folder holds everything of the app's.
app.setPath('userData', dataDir);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

function start(): void {
  hardenSession(session.defaultSession, [APP_ORIGIN]);
  serveRenderer(join(import.meta.dirname, '../renderer'));

  // A damaged database or a refused folder still opens the window: it shows the recovery screen.
  const folder = createDataFolder({
    dataDir,
    version: app.getVersion(),
    readReport: readReportInWorker({ workerFile: join(import.meta.dirname, 'report-reader-worker.js') }),
    readPackage: readPackageInWorker({ workerFile: join(import.meta.dirname, 'report-package-worker.js') }),
  });
  folder.open();

  const windows = new Set<number>();
  const chooseSavePath: ChooseSavePath = async (suggestedName, filter) => {
    const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filter] };
    const { canceled, filePath } = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options);
    return canceled || !filePath ? null : filePath;
  };
  registerIpcMain({
    ipcMain,
    router: createFolderRouter({ chooseSavePath, folder }),
    appOrigin: APP_ORIGIN,
    isOwnWebContents: (event) => windows.has(event.sender.id),
  });

  const window = createMainWindow({
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    startUrl: `${APP_ORIGIN}/index.html`,
    appOrigin: APP_ORIGIN,
  });
  windows.add(window.webContents.id);

  app.on('second-instance', () => {
    const [existing] = BrowserWindow.getAllWindows();
    if (existing?.isMinimized()) existing.restore();
    existing?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // The daily backup now and hourly after (due once a day), one at a clean quit (all checked, last 14 kept).
  folder.scheduleBackups();
  app.on('will-quit', () => folder.close());
}
