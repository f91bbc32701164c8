import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The app's version for the CLI and the preview: from the nearest package.json above this module,
 * which is one folder up in the source tree (electron/) and two in the built CLI (out/cli/).
 */
export function packageVersion(from = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}
