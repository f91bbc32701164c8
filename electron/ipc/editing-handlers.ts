import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** Writing a report: its header, its parts, its history, its figures, its checklist and acknowledged findings. */
export function editingHandlers({
  services: { reports, parts, revisions, indicators, checklist, checkContexts, acknowledgements },
}: HandlerDeps) {
  return {
    'reports:update-header': ({ id, ...header }) => reports.updateHeader(id, header),
    'parts:save': ({ reportId, key, contentJson }) => parts.save(reportId, key, contentJson),
    'revisions:list': ({ reportId }) => revisions.list(reportId),
    'revisions:get': ({ id }) => revisions.get(id),
    'revisions:restore': ({ reportId, revisionId }) => revisions.restore(reportId, revisionId),
    'indicators:get': ({ reportId }) => indicators.get(reportId),
    'indicators:save': ({ reportId, indicator }) => indicators.save(reportId, indicator),
    'checklist:list': ({ reportId }) => checklist.list(reportId),
    'checklist:set': ({ reportId, entry }) => checklist.set(reportId, entry),
    'reports:check-context': ({ reportId }) => checkContexts.get(reportId),
    'acknowledgements:list': ({ reportId }) => acknowledgements.list(reportId),
    'acknowledgements:save': ({ reportId, findingKey, note }) =>
      acknowledgements.acknowledge(reportId, findingKey, note),
    'acknowledgements:withdraw': ({ reportId, findingKey }) => acknowledgements.withdraw(reportId, findingKey),
  } satisfies Partial<Handlers>;
}
