import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** Export: check the edition may go out before asking where to save it, then write it. */
export function exportHandlers({ services: { exports }, chooseSavePath }: HandlerDeps) {
  return {
    'export:docx': ({ reportId, ...options }) => exports.saveAs(reportId, options, chooseSavePath),
  } satisfies Partial<Handlers>;
}
