import { BrowserWindow, app } from 'electron';

export interface MainWindowOptions {
  preload: string;
  startUrl: string;
  appOrigin: string;
}

/** The one place a window is configured. */
export function createMainWindow({ preload, startUrl, appOrigin }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: '法治年报助手',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      // The preload exposes one invoke() limited to the contract's channels (electron/preload.ts) and runs sandboxed.
      preload, // eng-disable PRELOAD_JS_CHECK
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) must not open links in new windows; the open handler denies them too.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}
