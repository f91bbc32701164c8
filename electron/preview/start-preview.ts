import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { previewSavePath } from '../files/preview-save-path';
import { readPackageInWorker, sourcePackageWorker } from '../import/read-package-in-worker';
import { readReportInWorker, sourceReportWorker } from '../import/read-report-in-worker';
import { createFolderRouter } from '../ipc/create-folder-router';
import { packageVersion } from '../package-version';
import { createDataFolder } from '../services/data-folder';
import { resolveDataDir } from '../store/resolve-data-dir';
import { startPreviewServer } from './preview-server';

// `npm run preview -- --port 5199 --data-dir DIR`: the whole UI in a normal browser.
let options: { port?: string; 'data-dir'?: string };
try {
  ({ values: options } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } }));
} catch (error) {
  console.error(
    `参数有误：${error instanceof Error ? error.message : String(error)}\n用法：npm run preview -- --port 5199 --data-dir 数据目录`,
  );
  process.exit(2);
}
const port = Number(options.port ?? 5199);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口“${options.port}”无效，请给出 0 到 65535 之间的整数，如 --port 5199。`);
  process.exit(2);
}

const dataDir = resolveDataDir({
  override: options['data-dir'],
  env: process.env,
  platform: process.platform,
  homedir: homedir(),
});

try {
  // As in the app: a damaged database or a refused folder is served too, as the recovery screen.
  const readReport = readReportInWorker(sourceReportWorker());
  const readPackage = readPackageInWorker(sourcePackageWorker());
  const folder = createDataFolder({ dataDir, version: packageVersion(), readReport, readPackage });
  const opened = folder.open();
  const server = await startPreviewServer({
    router: createFolderRouter({ chooseSavePath: previewSavePath(dataDir), folder }),
    rendererDir: join(import.meta.dirname, '..', '..', 'out', 'renderer'),
    port,
  });
  console.log(`法治年报助手预览已启动：${server.url}\n数据目录：${dataDir}\n按 Ctrl+C 停止。`);
  folder.scheduleBackups();
  if (opened.status === 'damaged') console.log('数据库无法读取：请在浏览器中打开上面的地址，从备份恢复。');
  else if (opened.status === 'refused') console.log(opened.reason);
  const stop = () => void server.close().finally(() => (folder.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const reason =
    (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用，请换一个端口（--port）。`
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`预览无法启动：${reason}`);
  process.exit(2);
}
