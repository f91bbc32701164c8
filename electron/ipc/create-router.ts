import { contract, isChannel } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/ipc/result';
import type { Handler, Handlers } from './handlers';
import { issueMessages } from '../../shared/ipc/issue-messages';
import { storageFailure } from '../store/storage-failure';

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
  return {
    async invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isChannel(channel))
        return fail('unknown-channel', `程序内部错误：未知的请求“${String(channel)}”。请重启法治年报助手。`);
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) {
        const reason = issueMessages(parsed.error);
        return fail('invalid-input', `提交的内容不符合要求：${reason}。请修改后重试。`);
      }
      try {
        const handler = handlers[channel] as Handler<typeof channel>;
        const result = await handler(parsed.data as never);
        if (!result.ok) return result;
        // The output is checked too: only plain JSON of the promised shape may leave the services.
        return { ok: true, value: contract[channel].output.parse(result.value) };
      } catch (error) {
        logError(error);
        const named = storageFailure(error);
        if (named) return fail('refused', named);
        return fail(
          'internal',
          '程序内部出错，这次操作没有完成；已保存的内容不受影响。请重试，若反复出现请联系技术支持。',
        );
      }
    },
  };
}
