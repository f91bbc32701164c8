import { ok } from '../../shared/ipc/result';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** The path to submission: statuses, sign-offs, deadlines and the dashboard. */
export function statusHandlers({ services: { statuses, reviews, deadlines, overviews } }: HandlerDeps) {
  return {
    'status:history': ({ reportId }) => statuses.history(reportId),
    'status:move': ({ reportId, move, note, details }) => statuses.move(reportId, move, note, details),
    'status:record-past': ({ reportId, record }) => statuses.recordPast(reportId, record),
    'reviews:list': ({ reportId }) => reviews.list(reportId),
    'reviews:record': ({ reportId, review }) => reviews.record(reportId, review),
    'deadlines:get': ({ reportId }) => deadlines.settings(reportId),
    'deadlines:set-rules': ({ reportId, rules }) => deadlines.setRules(reportId, rules),
    'deadlines:list': () => ok(deadlines.list()),
    'deadlines:for-year': ({ organizationName, year }) => ok(deadlines.forYear(organizationName, year)),
    'reports:overview': ({ reportId }) => overviews.overview(reportId),
    'dashboard:get': () => ok(overviews.dashboard()),
  } satisfies Partial<Handlers>;
}
