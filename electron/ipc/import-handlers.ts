import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** Import: a file or a paste read into a draft, then the reviewed draft saved. */
export function importHandlers({ services: { imports } }: HandlerDeps) {
  return {
    'import:read': (source) => imports.read(source),
    'import:apply': (input) => imports.apply(input),
  } satisfies Partial<Handlers>;
}
