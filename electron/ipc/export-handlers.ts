import { ok } from '../../shared/ipc/result';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** Export: check the copy may go out before asking where to save it, then write it. */
export function exportHandlers({ services: { exports }, chooseSavePath }: HandlerDeps) {
  return {
    'export:docx': async ({ reportId, ...options }) => {
      const prepared = exports.prepare(reportId, options);
      if (!prepared.ok) return prepared;
      const path = await chooseSavePath(prepared.value.fileName, { name: 'Word 文档', extensions: ['docx'] });
      if (!path) return ok(null);
      return exports.write(prepared.value, options, path);
    },
  } satisfies Partial<Handlers>;
}
