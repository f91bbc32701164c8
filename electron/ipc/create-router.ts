import { contract, isChannel } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type { Handler, Handlers } from './handlers';
import { issueMessages } from '../../shared/ipc/issue-messages';
import { storageFailure } from '../store/storage-failure';
import { chineseZodError } from '../../shared/ipc/chinese-zod-error';

export interface RouterAnswer {
  malformed: boolean;
  result: Result<unknown>;
}

export type Router = ReturnType<typeof createRouter>;

export interface RouterOptions {
  /** Where bugs are reported; the clerk only sees the Chinese message. */
  logError?: (error: unknown) => void;
}

/**
 * Validates and dispatches one request, whatever carried it (Electron IPC or the preview's
 * loopback HTTP). A payload that fails its schema never reaches a service.
 */
export function createRouter(handlers: Handlers, { logError = console.error }: RouterOptions = {}) {
  /**
   * The result, and whether the request itself was malformed (no such channel, a payload its schema
   * refuses): the preview answers those with a 4xx, as a bug of the caller rather than of the services.
   */
  async function request(channel: unknown, input: unknown): Promise<RouterAnswer> {
    // The channel is never turned into text: String() of a forged one throws ({"toString":"x"}) or
    // recurses (an array nested 100,000 deep).
    if (!isChannel(channel))
      return {
        malformed: true,
        result: fail('unknown-channel', '程序内部错误：未知的请求。请刷新页面或重启法治年报助手。'),
      };
    let parsed: ReturnType<(typeof contract)[typeof channel]['input']['safeParse']>;
    try {
      parsed = contract[channel].input.safeParse(input, { error: chineseZodError });
    } catch {
      // Only a payload nested past the stack's depth gets here; no real request is built like that.
      return {
        malformed: true,
        result: fail('invalid-input', '提交的内容层次过深，无法处理。请刷新页面后重试。'),
      };
    }
    if (!parsed.success) {
      const reason = issueMessages(parsed.error);
      return { malformed: true, result: fail('invalid-input', `提交的内容不符合要求：${reason}。请修改后重试。`) };
    }
    try {
      const handler = handlers[channel] as Handler<typeof channel>;
      const result = await handler(parsed.data as never);
      if (!result.ok) return { malformed: false, result };
      // The output is checked too: only plain JSON of the promised shape may leave the services.
      return { malformed: false, result: { ok: true, value: contract[channel].output.parse(result.value) } };
    } catch (error) {
      logError(error);
      const named = storageFailure(error);
      if (named) return { malformed: false, result: fail('refused', named) };
      return {
        malformed: false,
        result: fail(
          'internal',
          '程序内部出错，这次操作没有完成；已保存的内容不受影响。请重试，若反复出现请联系技术支持。',
        ),
      };
    }
  }

  return {
    request,
    async invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
      return (await request(channel, input)).result;
    },
  };
}
