// better-sqlite3 is a native module, compiled either for Node.js (tests, CLI, preview) or for
// Electron (the app, installers). This makes sure it is built for the one about to run, and
// rebuilds it only when it is not: `node scripts/ensure-native.mjs node|electron`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const target = process.argv[2];
const probe = "require('better-sqlite3')(':memory:').close()";
const require = createRequire(import.meta.url);

function run(command, args, env = process.env) {
  return spawnSync(command, args, { stdio: 'pipe', env, shell: process.platform === 'win32' }).status === 0;
}

function rebuild(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (target === 'node') {
  if (run(process.execPath, ['-e', probe])) process.exit(0);
  console.log('正在为 Node.js 重新编译 better-sqlite3（约需 2–3 分钟）…');
  rebuild('npm', ['rebuild', 'better-sqlite3']);
} else if (target === 'electron') {
  let electron;
  try {
    electron = require('electron');
  } catch {
    console.error(
      '未找到 Electron 程序本体：安装时它的下载被跳过或失败了。\n' +
        '请重新执行 npm install；若无法访问 GitHub，可先把 ELECTRON_MIRROR 设为可访问的 Electron 镜像：\n' +
        '  ELECTRON_MIRROR=<镜像地址> npm install',
    );
    process.exit(1);
  }
  if (run(electron, ['-e', probe], { ...process.env, ELECTRON_RUN_AS_NODE: '1' })) process.exit(0);
  console.log('正在为 Electron 重新编译 better-sqlite3（约需 2–3 分钟）…');
  rebuild('npx', ['electron-builder', 'install-app-deps']);
} else {
  console.error('用法：node scripts/ensure-native.mjs node|electron');
  process.exit(2);
}
