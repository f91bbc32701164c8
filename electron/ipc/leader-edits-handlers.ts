import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** 导入修改稿: the leader's edited DOCX compared with the report, then the chosen changes taken. */
export function leaderEditsHandlers({ services: { leaderEdits } }: HandlerDeps) {
  return {
    'leader-edits:read': (input) => leaderEdits.read(input),
    'leader-edits:accept': (input) => leaderEdits.accept(input),
  } satisfies Partial<Handlers>;
}
