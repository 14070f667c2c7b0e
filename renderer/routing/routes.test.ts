import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './routes';

describe('routes', () => {
  it('read back every address they write', () => {
    const routes: Route[] = [
      { name: 'dashboard' },
      { name: 'cases' },
      { name: 'caseNew' },
      { name: 'case', id: 'a b/c' },
      { name: 'caseEdit', id: 'x' },
      { name: 'history' },
      { name: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('know the History screen only at #/history', () => {
    expect(parseRoute('#/history')).toEqual({ name: 'history' });
    expect(parseRoute('#/history/')).toEqual({ name: 'history' });
    expect(parseRoute('#/history/12')).toEqual({ name: 'notFound', path: '/history/12' });
  });
});
