import { useEffect, useState } from 'react';

/** A report may be opened at one of its panels (the dashboard's next action), e.g. #/reports/ID/status. */
export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'report'; id: string; panel?: string }
  /**
   * Import makes a new report, or lands in an existing one (`reportId`) after review; with
   * `nextYear` the imported report is last year's and the new report is written on it.
   */
  | { name: 'import'; reportId?: string; nextYear?: boolean }
  /** 导入修改稿: the leader's edited DOCX compared with the report. */
  | { name: 'leader-edits'; reportId: string }
  /** 汇审: the list of batches, one batch, or one report of it opened read-only. */
  | { name: 'batch-review'; batchId?: number; entryId?: number };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const importInto = /^\/reports\/([^/]+)\/import$/.exec(path);
  if (importInto) return { name: 'import', reportId: decodeURIComponent(importInto[1]!) };
  if (path === '/import') return { name: 'import' };
  if (path === '/import/next-year') return { name: 'import', nextYear: true };
  const leaderEdits = /^\/reports\/([^/]+)\/leader-edits$/.exec(path);
  if (leaderEdits) return { name: 'leader-edits', reportId: decodeURIComponent(leaderEdits[1]!) };
  const batch = /^\/batch-review(?:\/(\d+)(?:\/(\d+))?)?$/.exec(path);
  if (batch)
    return {
      name: 'batch-review',
      ...(batch[1] && { batchId: Number(batch[1]) }),
      ...(batch[2] && { entryId: Number(batch[2]) }),
    };
  const report = /^\/reports\/([^/]+)(?:\/(checks|guidance|indicators|history|status|export))?$/.exec(path);
  if (report) return { name: 'report', id: decodeURIComponent(report[1]!), ...(report[2] && { panel: report[2] }) };
  if (path === '/trash') return { name: 'trash' };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  if (route.name === 'report')
    return `#/reports/${encodeURIComponent(route.id)}${route.panel ? `/${route.panel}` : ''}`;
  if (route.name === 'import')
    return route.reportId
      ? `#/reports/${encodeURIComponent(route.reportId)}/import`
      : `#/import${route.nextYear ? '/next-year' : ''}`;
  if (route.name === 'leader-edits') return `#/reports/${encodeURIComponent(route.reportId)}/leader-edits`;
  if (route.name === 'batch-review')
    return `#/batch-review${route.batchId ? `/${route.batchId}${route.entryId ? `/${route.entryId}` : ''}` : ''}`;
  return route.name === 'trash' ? '#/trash' : '#/';
}

/** The route lives in the URL hash, so a reload (or a restart) comes back to the same screen. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
