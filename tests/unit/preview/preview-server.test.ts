import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { PREVIEW_TOKEN_HEADER, startPreviewServer, type PreviewServer } from '../../../electron/preview/preview-server';
import { writeRendererFixture } from '../../helpers/renderer-fixture';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(): Promise<{ server: PreviewServer; token: string; html: string }> {
  const dataDir = tempDir();
  const opened = openTestServices(dataDir);
  const server = await startPreviewServer({
    router: createRouter(testHandlers(opened.services, dataDir)),
    rendererDir: writeRendererFixture(join(tempDir(), 'renderer')),
    port: 0,
  });
  cleanups.push(opened.close, server.close);
  const html = await (await fetch(server.url)).text();
  const token = /name="preview-token" content="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
  return { server, token, html };
}

const post = (server: PreviewServer, token: string, body: unknown) =>
  fetch(new URL('/api/invoke', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PREVIEW_TOKEN_HEADER]: token },
    body: JSON.stringify(body),
  });

/** fetch() will not send a forged Host header, so this goes through node:http. */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    request({ host: target.hostname, port: target.port, path: '/', headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('preview server', () => {
  it('serves the page with a per-run token, the bridge script and the CSP', async () => {
    const { server, token, html } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(token).toHaveLength(48);
    expect(html.indexOf('/preview-bridge.js')).toBeLessThan(html.indexOf('</head>'));
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const other = await start();
    expect(other.token).not.toBe(token);
  });

  it('carries contract requests to the services', async () => {
    const { server, token } = await start();
    const created = await (await post(server, token, { channel: 'reports:create', input: SIPING_2024 })).json();
    expect(created).toMatchObject({ ok: true, value: { year: 2024 } });
    const listed = await (await post(server, token, { channel: 'reports:list', input: { deleted: false } })).json();
    expect(listed).toMatchObject({ ok: true, value: [{ title: SIPING_2024.title }] });
  });

  it('refuses requests without the token', async () => {
    const { server } = await start();
    const response = await post(server, 'f'.repeat(48), { channel: 'reports:list', input: { deleted: false } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers malformed JSON and bad payloads with typed errors', async () => {
    const { server, token } = await start();
    const broken = await fetch(new URL('/api/invoke', server.url), {
      method: 'POST',
      headers: { [PREVIEW_TOKEN_HEADER]: token },
      body: '{"channel":',
    });
    expect(broken.status).toBe(400);
    const invalid = await (await post(server, token, { channel: 'reports:create', input: { year: 'x' } })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers a null body, a forged channel and a bad payload with a 400 in Chinese, never a 500', async () => {
    const { server, token } = await start();
    for (const body of [
      null,
      [1],
      { channel: { toString: 'x' } },
      { channel: 'reports:create', input: { year: 'x' } },
    ]) {
      const response = await post(server, token, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const answer = (await response.json()) as { ok: boolean; error: { message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(answer.error.message).not.toMatch(/Invalid|expected|received/);
    }
  });

  it('refuses other host names, against DNS rebinding', async () => {
    const { server } = await start();
    expect(await getWithHost(server.url, 'evil.example:80')).toBe(403);
    expect(await getWithHost(server.url, new URL(server.url).host)).toBe(200);
  });

  it('serves only files of the bundle, of known types', async () => {
    const { server } = await start();
    expect((await fetch(new URL('/assets/app.js', server.url))).status).toBe(200);
    expect((await fetch(new URL('/secret.txt', server.url))).status).toBe(404);
    expect((await fetch(new URL('/%2e%2e/%2e%2e/etc/passwd', server.url))).status).toBe(404);
    expect((await fetch(new URL('/missing.js', server.url))).status).toBe(404);
  });
});
