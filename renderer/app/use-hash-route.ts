import { useEffect, useState } from 'react';

export type Route = { name: 'library' } | { name: 'trash' } | { name: 'report'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const report = /^\/reports\/([^/]+)$/.exec(path);
  if (report) return { name: 'report', id: decodeURIComponent(report[1]!) };
  if (path === '/trash') return { name: 'trash' };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  if (route.name === 'report') return `#/reports/${encodeURIComponent(route.id)}`;
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
