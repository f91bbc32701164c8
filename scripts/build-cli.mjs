// The command line built for plain Node.js: `node out/cli/cli.mjs`, as a clerk's script runs it.
// Split into chunks: each command's `await import(...)` becomes its own file, so `check` never
// compiles the DOCX writer and `--help` compiles almost nothing. `node scripts/build-cli.mjs [outdir]`;
// the outdir is emptied first, so no chunk of an older build is left behind, and gets the build's
// metafile as meta.json for the test that keeps the commands apart.
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(process.argv[2] ?? join(root, 'out', 'cli'));

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: join(root, 'electron', 'cli.ts') },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3'],
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (mammoth, jszip) call require; an ES module has none of its own.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  // Minified, a command compiles about half as much JavaScript at start-up (issue 18: out/cli 8.6 → 4.7 MB).
  minify: true,
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
