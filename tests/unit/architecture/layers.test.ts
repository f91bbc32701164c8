import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** What a file imports or re-exports from; with `valuesOnly`, leaving out `import type` / `export type`. */
function importsOf(file: string, { valuesOnly = false } = {}): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const statement = valuesOnly
    ? /^\s*(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gms
    : /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms;
  return [...text.matchAll(statement)].map((match) => match[1]!);
}

/** The project's file a relative import names, if it is one of ours. */
function resolveImport(file: string, spec: string): string | undefined {
  const base = join(dirname(file), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) =>
    existsSync(join(root, path)),
  );
}

/** The dependency rule of architecture.md, as data: what each layer must never import. */
const FORBIDDEN: { layer: string; rule: RegExp; why: string }[] = [
  {
    layer: 'shared',
    rule: /^(electron$|node:|react|\.\.\/(\.\.\/)*(electron|renderer)\/)/,
    why: 'shared/ is pure TypeScript for both sides',
  },
  {
    layer: 'renderer',
    rule: /^(electron$|node:|better-sqlite3|\.\.\/(\.\.\/)*electron\/)/,
    why: 'the renderer reaches the services only through api.ts',
  },
  { layer: 'electron', rule: /^(react|\.\.\/(\.\.\/)*renderer\/)/, why: 'the main process never depends on the UI' },
];

describe('layers', () => {
  it.each(FORBIDDEN)('$layer/ imports nothing forbidden ($why)', ({ layer, rule }) => {
    const offences = sourceFiles(layer).flatMap((file) =>
      importsOf(file)
        .filter((spec) => rule.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('imports electron only in main/, ipc/ and the preload', () => {
    const allowed = /^electron\/(main\/|ipc\/|preload\.ts$)/;
    const offences = sourceFiles('electron').filter(
      (file) => !allowed.test(file) && importsOf(file).includes('electron'),
    );
    expect(offences).toEqual([]);
  });

  it('has no import cycles', () => {
    // A cycle means a type or a rule lives in the wrong module (HandlerDeps once lived in the
    // aggregator its handler modules are imported by); type-only imports count too.
    const files = ['electron', 'shared', 'renderer'].flatMap(sourceFiles).filter((file) => !file.endsWith('.d.ts'));
    const importsWithin = (file: string) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .flatMap((spec) => resolveImport(file, spec) ?? []);
    const cycles: string[] = [];
    const visiting: string[] = [];
    const done = new Set<string>();
    const visit = (file: string) => {
      visiting.push(file);
      for (const next of importsWithin(file)) {
        if (visiting.includes(next)) cycles.push([...visiting.slice(visiting.indexOf(next)), next].join(' → '));
        else if (!done.has(next)) visit(next);
      }
      visiting.pop();
      done.add(file);
    };
    for (const file of files) if (!done.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('shows the library without loading zod', () => {
    // zod and the schemas built with it cost an old PC ~30 ms before the library is usable (issue 18).
    // Plain data the library shows lives apart from its schema; screens and forms that need a schema
    // are loaded when first shown (lazy, import()). Type-only imports cost nothing at run time.
    const chains: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string, path: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file, { valuesOnly: true })) {
        if (spec === 'zod') chains.push([...path, file].join(' → '));
        const next = spec.startsWith('.') ? resolveImport(file, spec) : undefined;
        if (next) visit(next, [...path, file]);
      }
    };
    // The browser preview's bridge runs first, before the app's own module.
    for (const entry of ['renderer/preview-bridge.ts', 'renderer/main.tsx']) visit(entry, []);
    expect(seen.size).toBeGreaterThan(20);
    expect(chains).toEqual([]);
  });

  it('keeps SQL in electron/store', () => {
    // A statement or pragma anywhere else is a rule about the database outside the layer that owns it.
    const sql = /\.(prepare|pragma|exec)\s*(<[^>]*>)?\(\s*[`'"]/;
    const offences = sourceFiles('electron').filter(
      (file) => !file.startsWith('electron/store/') && sql.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offences).toEqual([]);
  });

  it('builds the repositories once per connection, in the store', () => {
    // Each repository prepares its statements when made: a service building its own would prepare them again.
    const offences = sourceFiles('electron').filter(
      (file) =>
        file !== 'electron/store/create-store.ts' &&
        /(?<!function )\bcreate\w+Repository\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offences).toEqual([]);
  });

  it('has each repository write only its own tables', () => {
    // The one exception is the package import, which writes a whole report as it came.
    const OWNS: Record<string, string[]> = {
      'acknowledgement-repository.ts': ['acknowledgements'],
      'batch-review-repository.ts': ['batch_reviews', 'batch_review_files'],
      'checklist-repository.ts': ['checklist'],
      'deadline-rule-repository.ts': ['deadline_rules'],
      'edit-after-review-repository.ts': ['edits_after_review'],
      'indicator-repository.ts': ['indicators'],
      'organization-repository.ts': ['organizations'],
      'report-package-repository.ts': ['reports', 'parts', 'status_changes', 'reviews'],
      'report-repository.ts': ['reports', 'parts'],
      'review-repository.ts': ['reviews'],
      'revision-repository.ts': ['revisions'],
      'status-repository.ts': ['status_changes'],
    };
    const writes = /(?:INSERT(?: OR \w+)? INTO|(?<!DO )UPDATE|DELETE FROM)\s+(\w+)/g;
    const offences = sourceFiles('electron/store')
      .filter((file) => file.endsWith('-repository.ts'))
      .flatMap((file) => {
        const name = file.slice('electron/store/'.length);
        const owned = OWNS[name] ?? [];
        return [...readFileSync(join(root, file), 'utf8').matchAll(writes)]
          .map((match) => match[1]!)
          .filter((table) => !owned.includes(table))
          .map((table) => `${name} writes ${table}`);
      });
    expect(offences).toEqual([]);
  });

  it('maps each IPC channel to one service call', () => {
    // A handler with a body of its own (async, or a block) is composing services or doing their work.
    const composed = /^\s*'([\w-]+:[\w-]+)':\s*(?:async\b[^=]*=>|\([^)]*\)\s*=>\s*\{)/gm;
    const offences = sourceFiles('electron/ipc')
      .filter((file) => file.endsWith('-handlers.ts'))
      .flatMap((file) =>
        [...readFileSync(join(root, file), 'utf8').matchAll(composed)].map((match) => `${file}: ${match[1]}`),
      );
    expect(offences).toEqual([]);
  });

  it("has screens say a write's failure through useAction, not a try/catch of their own", () => {
    // The one exception: after last year's report is saved, failing to make the next year's is no
    // failure of the import review, so it has its own notice with a link to what was saved.
    const EXCEPT = ['renderer/features/import/ImportScreen.tsx'];
    const offences = sourceFiles('renderer').filter(
      (file) =>
        file.endsWith('.tsx') &&
        !EXCEPT.includes(file) &&
        /errorMessage\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offences).toEqual([]);
  });

  it('fails type-checking when renderer code imports a Node module', async () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const outcome = await promisify(execFile)(
      process.execPath,
      [tsc, '-p', 'tests/fixtures/web-boundary/tsconfig.json', '--noEmit'],
      {
        cwd: root,
      },
    ).then(
      () => ({ failed: false, stdout: '' }),
      (error: { stdout: string }) => ({ failed: true, stdout: error.stdout }),
    );
    expect(outcome.failed).toBe(true);
    expect(outcome.stdout).toMatch(/renderer-imports-fs\.ts.*Cannot find module 'node:fs'/);
    // A whole tsc run: seconds on an idle machine, far more on two busy cores.
  }, 60_000);

  it('fails type-checking when main-process code uses the DOM', () => {
    // The fixture is checked as one more file of the real main-process program, so DOM types
    // reaching that program by any route (a test's jsdom, a config's imports) make it pass.
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.node.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
        },
      },
    );
    const fixture = join(root, 'tests', 'fixtures', 'node-boundary', 'electron-uses-document.ts');
    const program = ts.createProgram([...config!.fileNames, fixture], config!.options);
    const messages = program
      .getSemanticDiagnostics(program.getSourceFile(fixture))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(messages).toContainEqual(expect.stringMatching(/Cannot find name 'document'/));
  }, 60_000);
});
