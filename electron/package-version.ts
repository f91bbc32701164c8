import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's version for the CLI and the preview, which run from the source tree. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
