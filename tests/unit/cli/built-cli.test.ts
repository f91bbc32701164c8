import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
const outdir = mkdtempSync(join(tmpdir(), 'fazhi-built-cli-'));

interface Metafile {
  outputs: Record<
    string,
    { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }
  >;
}
let meta: Metafile;

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), outdir]);
  meta = JSON.parse(readFileSync(join(outdir, 'meta.json'), 'utf8')) as Metafile;
}, 60_000);

/** The output chunk built for a source file that the CLI imports (statically or with `await import`). */
function chunkOf(source: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === source);
  if (!found) throw new Error(`no chunk for ${source}`);
  return found[0];
}

/** The npm packages whose code runs once `chunk` is loaded: it and every chunk it imports statically. */
function packagesLoadedWith(chunk: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [chunk];
  while (pending.length) {
    const next = pending.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const output = meta.outputs[next];
    if (!output) continue; // node:* and better-sqlite3 stay outside the bundle
    for (const input of Object.keys(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (match) packages.add(match[1]!);
    }
    for (const imported of output.imports) if (imported.kind === 'import-statement') pending.push(imported.path);
  }
  return packages;
}

describe('the built command line (npm run build:cli)', () => {
  it('starts without compiling any command’s heavy dependencies', () => {
    const atStart = packagesLoadedWith(chunkOf('electron/cli.ts'));
    for (const heavy of ['docx', 'mammoth', 'jszip', 'zod']) expect(atStart).not.toContain(heavy);
  });

  it('checks a .txt report without the DOCX writer or reader', () => {
    const checking = new Set([
      ...packagesLoadedWith(chunkOf('shared/checks/run-checks.ts')),
      ...packagesLoadedWith(chunkOf('electron/cli/read-cli-report.ts')),
      ...packagesLoadedWith(chunkOf('shared/reading/read-report-text.ts')),
    ]);
    for (const heavy of ['docx', 'mammoth', 'zod']) expect(checking).not.toContain(heavy);
  });

  it('exports a .txt report without the schemas, the checks or the Word readers', () => {
    const sources = [
      'electron/cli/read-cli-report.ts',
      'shared/reading/read-report-text.ts',
      'electron/services/export-pipeline.ts',
      'shared/export/export-document.ts',
      'shared/export/export-file-name.ts',
    ];
    const exporting = new Set(sources.flatMap((source) => [...packagesLoadedWith(chunkOf(source))]));
    // docx itself is needed: it writes the file.
    for (const heavy of ['zod', 'jszip', 'word-extractor', 'mammoth']) expect(exporting).not.toContain(heavy);
    // 报送版 needs no checks: the rules are loaded only for 公开版.
    const loaded = new Set<string>();
    for (const source of sources) {
      const pending = [chunkOf(source)];
      while (pending.length) {
        const next = pending.pop()!;
        if (loaded.has(next)) continue;
        loaded.add(next);
        for (const imported of meta.outputs[next]?.imports ?? [])
          if (imported.kind === 'import-statement') pending.push(imported.path);
      }
    }
    const inputs = [...loaded].flatMap((chunk) => Object.keys(meta.outputs[chunk]?.inputs ?? {}));
    expect(inputs.filter((input) => input.startsWith('shared/checks/rules/'))).toEqual([]);
  });

  it('runs as plain node, checking and exporting a .txt report', async () => {
    const file = join(outdir, '报告.txt');
    writeFileSync(
      file,
      '某县教育局关于2024年度法治政府建设情况的报告\n县委、县政府：\n一、2024年度推进法治政府建设的主要举措和成效\n全年开展普法活动。\n',
    );
    const cli = join(outdir, 'cli.mjs');
    // The report lacks required parts: checked, and not ready to submit, so exit code 1.
    const checked = await run(process.execPath, [cli, 'check', file, '--json']).then(
      () => expect.unreachable('check should exit 1'),
      (failed: { code: number; stdout: string }) => failed,
    );
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).counts.error).toBeGreaterThan(0);
    const exported = await run(process.execPath, [cli, 'export', file, '--out', join(outdir, '报告.docx')]);
    expect(exported.stdout).toContain('已导出报送版');
    expect(readFileSync(join(outdir, '报告.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);
});
