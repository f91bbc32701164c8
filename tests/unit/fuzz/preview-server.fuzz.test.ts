import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { startPreviewServer } from '../../../electron/preview/preview-server';
import { CHANNELS } from '../../../shared/ipc/contract';
import { randomText, randomValue } from '../../helpers/random-values';
import { seededRandom, testSeed, type SeededRandom } from '../../helpers/seeded-random';
import { writeRendererFixture } from '../../helpers/renderer-fixture';
import { openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const SEED = testSeed(1717);
const REQUESTS = 1_200;
const TIME_BOUND_MS = 60_000;
/** What zod writes when a schema gives no message of its own: it must never reach the clerk. */
const ZOD_ENGLISH = /invalid|expected|received|too (big|small)|unrecognized|must|required|string|number/i;

interface Answer {
  status: number;
  body: string;
}

/** One request as raw bytes, so the fuzz can send what fetch() refuses to: non-ASCII headers, broken targets. */
function rawRequest(port: number, head: Buffer, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const headEnd = text.indexOf('\r\n\r\n');
      const raw = headEnd < 0 ? '' : text.slice(headEnd + 4);
      resolve({ status, body: /transfer-encoding: chunked/i.test(text.slice(0, headEnd)) ? unchunk(raw) : raw });
    });
    socket.end(Buffer.concat([head, body]));
  });
}

/** The body of a chunked response (sizes in hex, each on its own line), as one string. */
function unchunk(raw: string): string {
  let body = '';
  let rest = Buffer.from(raw, 'utf8');
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16);
    if (!size) return body;
    body += rest.subarray(lineEnd + 2, lineEnd + 2 + size).toString('utf8');
    rest = rest.subarray(lineEnd + 4 + size);
  }
}

const deep = (depth: number, open: string, close: string, core = '0') =>
  open.repeat(depth) + core + close.repeat(depth);

/** A body the page's bridge would never send: not JSON, not an object, a channel that is no channel, a bad input. */
function malformedBody(random: SeededRandom): string {
  const channel = random.pick(CHANNELS);
  const wrongInput = () =>
    JSON.stringify(random.pick([null, 0, -1, 'x', true, [], [1, 2], deep(10, '[', ']'), { x: randomText(random, 8) }]));
  const choices: (() => string)[] = [
    () => random.pick(['null', 'true', '0', '"reports:list"', '[]', '{}', '', ' ', '\u0000', '\ufeff{}']),
    () =>
      `{"channel":${random.pick(['null', '1', '{}', '[]', '{"toString":"x"}', '{"toString":{}}', '{"valueOf":1}'])}}`,
    () => `{"channel":${deep(random.int(1_000, 200_000), '[', ']')}}`,
    () => `{"channel":${deep(random.int(1_000, 50_000), '{"a":', '}')}}`,
    () => `{"channel":"${channel}","input":${deep(random.int(100, 100_000), '[', ']')}}`,
    () => `{"channel":"${channel}","input":${deep(random.int(100, 50_000), '{"id":', '}')}}`,
    () => `{"channel":"${random.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])}","input":{}}`,
    () => `{"channel":${JSON.stringify(randomText(random, 40))},"input":{}}`,
    () => `{"channel":"${channel}","input":${wrongInput()}}`,
    () => JSON.stringify({ channel, input: randomValue(random, 3) === undefined ? null : [randomValue(random, 3)] }),
    () => `{"channel":"${channel}","input":`,
    () => randomText(random, 200),
    () => String.fromCharCode(...Array.from({ length: random.int(1, 64) }, () => random.int(0, 255))),
  ];
  return random.pick(choices)();
}

describe('preview server under malformed requests', () => {
  it(`answers ${REQUESTS} malformed requests with a 4xx and a Chinese message (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const dataDir = tempDir();
    const opened = openTestServices(dataDir);
    const bugs: unknown[] = [];
    const server = await startPreviewServer({
      router: createRouter(testHandlers(opened.services, dataDir), { logError: (error) => bugs.push(error) }),
      rendererDir: writeRendererFixture(join(tempDir(), 'renderer')),
      port: 0,
    });
    const port = Number(new URL(server.url).port);
    const html = await (await fetch(server.url)).text();
    const token = /name="preview-token" content="([0-9a-f]+)"/.exec(html)?.[1] ?? '';
    const host = `127.0.0.1:${port}`;
    const counts = new Map<string, number>();
    const started = Date.now();
    let sent = 0;
    try {
      for (; sent < REQUESTS && Date.now() - started < TIME_BOUND_MS; sent++) {
        let method = 'POST';
        let target = '/api/invoke';
        let tokenBytes: Buffer = Buffer.from(token, 'latin1');
        let body = '';
        const kind = random.pick(['body', 'body', 'body', 'body', 'token', 'target', 'method'] as const);
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        if (kind === 'body') body = malformedBody(random);
        else body = '{"channel":"reports:list","input":{"deleted":false}}';
        if (kind === 'token') {
          tokenBytes = random.pick([
            // Latin-1 bytes of the right length: the header arrives, its UTF-8 form is longer.
            () => Buffer.from(Array.from({ length: 48 }, () => random.int(0x80, 0xff))),
            () => Buffer.from('令'.repeat(16), 'utf8'),
            () => Buffer.from(token.slice(0, 47) + 'é', 'latin1'),
            () => Buffer.from(token.toUpperCase(), 'latin1'),
            () => Buffer.from(randomText(random, 60).replace(/[\r\n]/g, ''), 'utf8'),
            () => Buffer.from('', 'latin1'),
          ])();
        }
        if (kind === 'target')
          target = random.pick([
            'http://[',
            'http://%',
            '//',
            '/%',
            '/%E4%B8',
            '/%ff%fe',
            '/api/invoke/../../etc',
            `/${'a'.repeat(random.int(1, 4000))}`,
            '/assets/%00.js',
            '*',
          ]);
        if (kind === 'method') method = random.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'GET', 'BREW']);
        const bodyBytes = Buffer.from(body, 'utf8');
        const head = Buffer.concat([
          Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n`, 'latin1'),
          Buffer.from('x-preview-token: ', 'latin1'),
          tokenBytes,
          Buffer.from(`\r\ncontent-type: application/json\r\ncontent-length: ${bodyBytes.length}\r\n\r\n`, 'latin1'),
        ]);
        const answer = await rawRequest(port, head, bodyBytes);
        const what = `seed ${SEED} #${sent} ${kind} ${method} ${target.slice(0, 40)} ${body.slice(0, 80)}`;
        // A valid-looking body with a bad method on a static path is a 404/405; nothing is ever a 2xx or 5xx.
        expect(answer.status, what).toBeGreaterThanOrEqual(400);
        expect(answer.status, what).toBeLessThan(500);
        // node's own parser answers a request line it cannot read with a bare 400 before we see it.
        if (answer.body === '') continue;
        expect(answer.body, what).toMatch(/[\u4e00-\u9fff]/);
        const message = answer.body.startsWith('{')
          ? (JSON.parse(answer.body) as { error: { message: string } }).error.message
          : answer.body;
        expect(message, what).not.toMatch(ZOD_ENGLISH);
      }
    } finally {
      await server.close();
      opened.close();
    }
    expect(sent).toBeGreaterThanOrEqual(1_000);
    expect(bugs, `seed ${SEED}: internal errors`).toEqual([]);
    expect([...counts.keys()].sort()).toEqual(['body', 'method', 'target', 'token']);
  }, 120_000);
});
