import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../content/content-security-policy';
import { resolveRendererAsset } from '../content/resolve-renderer-asset';
import type { Router } from '../ipc/create-router';

export const PREVIEW_TOKEN_HEADER = 'x-preview-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface PreviewServerOptions {
  router: Router;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on loopback and carries the contract's requests to the same router
 * the Electron main process uses. The page learns a per-run token from its HTML; requests without
 * it, or addressed to another host name (DNS rebinding), are refused.
 */
export async function startPreviewServer({ router, rendererDir, port }: PreviewServerOptions): Promise<PreviewServer> {
  const token = randomBytes(24).toString('hex');
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', '预览服务器内部错误');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { port: boundPort } = server.address() as AddressInfo;
    if (request.headers.host !== `127.0.0.1:${boundPort}` && request.headers.host !== `localhost:${boundPort}`) {
      return send(response, 403, 'text/plain; charset=utf-8', '只接受本机地址的访问');
    }
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://preview').pathname;
    } catch {
      // A request target no browser sends ("http://[", "//"): the caller's mistake, not ours.
      return send(response, 400, 'text/plain; charset=utf-8', '请求的地址无效');
    }
    if (path === '/api/invoke') return invoke(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', '不支持的请求');
    const asset = resolveRendererAsset(rendererDir, path);
    if (!asset) return send(response, 404, 'text/plain; charset=utf-8', '未找到');
    let body: Buffer | string;
    try {
      body = await readFile(asset.file);
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', '未找到');
    }
    if (asset.file.endsWith('index.html')) body = withPreviewBridge(body.toString('utf8'), token);
    send(response, 200, asset.contentType, body);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', '不支持的请求');
    if (!tokenMatches(request.headers[PREVIEW_TOKEN_HEADER], token)) {
      return sendJson(response, 403, {
        ok: false,
        error: { code: 'forbidden', message: '预览令牌无效，请刷新页面。' },
      });
    }
    const body = await readBody(request);
    if (body === null) {
      // Files travel as base64 (4 characters per 3 bytes), so about 6 MB of file fits in 8 MB.
      const message =
        '提交的内容超过浏览器预览的 8 MB 上限（选择的文件大于约 6 MB）。桌面程序没有这个限制，请在法治年报助手中操作。';
      return sendJson(response, 413, { ok: false, error: { code: 'invalid-input', message } });
    }
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'invalid-input', message: '提交的内容不是有效的 JSON。请刷新页面后重试。' },
      });
    }
    // `null`, a number or a list parse as JSON too, but carry no channel.
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'invalid-input', message: '提交的内容应是含“channel”和“input”的对象。请刷新页面后重试。' },
      });
    }
    const { channel, input } = message as { channel?: unknown; input?: unknown };
    const { malformed, result } = await router.request(channel, input);
    sendJson(response, malformed ? 400 : 200, result);
  }

  // A port already in use rejects here, so the caller can say so in Chinese instead of crashing.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => (server.off('error', reject), resolve()));
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The bridge script must run before the app's entry module, so it goes first in <head>. */
function withPreviewBridge(html: string, token: string): string {
  return html.replace(
    '<head>',
    `<head>\n    <meta name="preview-token" content="${token}">\n    <script type="module" src="/preview-bridge.js"></script>`,
  );
}

function tokenMatches(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== 'string') return false;
  // Compared as bytes: a header of Latin-1 characters has the token's length in characters but not in
  // UTF-8 bytes, and timingSafeEqual throws on buffers of unequal length.
  const bytes = Buffer.from(received, 'utf8');
  const wanted = Buffer.from(expected, 'utf8');
  return bytes.length === wanted.length && timingSafeEqual(bytes, wanted);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, contentType: string, body: Buffer | string): void {
  response.writeHead(status, {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
