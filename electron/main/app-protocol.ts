import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../content/content-security-policy';
import { resolveRendererAsset } from '../content/resolve-renderer-asset';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

/**
 * Must run before the app is ready: the scheme behaves like https (secure, standard origin). With
 * codeCache, Chromium keeps the compiled renderer code between launches, as it does for a website:
 * compiling the window's code is a large part of its start-up on an old PC (issue 18).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer from app://bundle/ rather than file://, so the page has an origin of
 * its own and cannot read anything else on the disk.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === 'bundle' ? resolveRendererAsset(rendererDir, url.pathname) : null;
    if (!asset) return new Response('未找到', { status: 404 });
    try {
      const body = await readFile(asset.file);
      return new Response(body, {
        headers: { 'content-type': asset.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('未找到', { status: 404 });
    }
  });
}
