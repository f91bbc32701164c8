import type { Services } from '../services/open-services';
import type { Handlers } from './handlers';

/** Writing a report: its header, its parts, its history, its figures and its menu checklist. */
export function editingHandlers({ reports, parts, revisions, indicators, checklist }: Services) {
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
  } satisfies Partial<Handlers>;
}
