import type { Channel, Input, Output } from '../shared/ipc/contract';
import type { ErrorCode } from '../shared/ipc/result';

/** A request the services declined; the message is Chinese and fit to show as it is. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The renderer's only way to the services. Expected failures come back as typed results across
 * the bridge; here they become ApiError, so screens can show the message where the action was.
 */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  if (!window.api) throw new ApiError('internal', '未连接到数据服务。请从法治年报助手或 npm run preview 打开本页面。');
  const result = await window.api.invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作没有完成，请重试。';
}
