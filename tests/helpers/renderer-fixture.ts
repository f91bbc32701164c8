import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A tiny stand-in for the built renderer, for server tests that are not about the UI. */
export function writeRendererFixture(dir: string): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not served: unknown type');
  return dir;
}
