import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The preview serves the built renderer, so the browser tests build it once first. */
export default function buildRenderer(): void {
  execFileSync('npx', ['electron-vite', 'build'], { cwd: join(import.meta.dirname, '..', '..'), stdio: 'pipe' });
}
