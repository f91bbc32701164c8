import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** 导出报告包 / 导入报告包: each channel one call of the package service, which holds the rules and the question. */
export function packageHandlers({ services: { reportPackages }, chooseSavePath }: HandlerDeps) {
  return {
    'packages:export': ({ id }) => reportPackages.saveAs(id, chooseSavePath),
    'packages:import': ({ bytesBase64 }) => reportPackages.importPackage(Buffer.from(bytesBase64, 'base64')),
    'packages:import-replace': ({ pendingId }) => reportPackages.replacePending(pendingId),
  } satisfies Partial<Handlers>;
}
