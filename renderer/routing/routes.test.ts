import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalog';
import { documentTitle } from './documentTitle';
import { NAV_ENTRIES, parseRoute, routeHref, ROUTES, sectionOf, type Route } from './routes';

describe('the route table', () => {
  it('reads back every address it writes', () => {
    const routes: Route[] = [
      { name: 'dashboard' },
      { name: 'cases' },
      { name: 'caseNew' },
      { name: 'case', id: 'a b/c' },
      { name: 'caseEdit', id: 'x' },
      { name: 'history' },
      { name: 'trash' },
      { name: 'settings' },
      { name: 'cases', query: { q: 'sugar & dairy', agreement: 'us-peru-tpa', hide: 'kind,stage' } },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('writes addresses a person can read', () => {
    expect(routeHref({ name: 'dashboard' })).toBe('#/');
    expect(routeHref({ name: 'case', id: 'a1' })).toBe('#/cases/a1');
    expect(routeHref({ name: 'caseEdit', id: 'a1' })).toBe('#/cases/a1/edit');
    expect(routeHref({ name: 'cases', query: { sort: 'title.asc', hide: 'kind,stage', q: 'café' } })).toBe('#/cases?sort=title.asc&hide=kind,stage&q=caf%C3%A9');
    // An empty value is no choice at all.
    expect(routeHref({ name: 'cases', query: { q: '' } })).toBe('#/cases');
  });

  it('tries fixed paths before parameters: /cases/new is the form, not a case called "new"', () => {
    expect(parseRoute('#/cases/new')).toEqual({ name: 'caseNew' });
    expect(parseRoute('#/cases/new/edit')).toEqual({ name: 'caseEdit', id: 'new' });
  });

  it('knows each screen only at its own address', () => {
    expect(parseRoute('')).toEqual({ name: 'dashboard' });
    expect(parseRoute('#/history')).toEqual({ name: 'history' });
    expect(parseRoute('#/history/')).toEqual({ name: 'history' });
    expect(parseRoute('#/history/12')).toEqual({ name: 'notFound', path: '/history/12' });
    expect(parseRoute('#/cases/a/b')).toEqual({ name: 'notFound', path: '/cases/a/b' });
    expect(parseRoute('#/submissions?x=1')).toEqual({ name: 'notFound', path: '/submissions' });
    expect(parseRoute('#/meetings/new')).toEqual({ name: 'meetingNew' });
    expect(parseRoute('#/meetings/m1/edit')).toEqual({ name: 'meetingEdit', id: 'm1' });
    // A broken %-escape is no record's id.
    expect(parseRoute('#/cases/%E0%A4%A')).toEqual({ name: 'notFound', path: '/cases/%E0%A4%A' });
  });

  it('reads the query of any screen, dropping empty values', () => {
    expect(parseRoute('#/cases?agreement=cafta-dr&q=&sort=title.asc')).toEqual({ name: 'cases', query: { agreement: 'cafta-dr', sort: 'title.asc' } });
    expect(parseRoute('#/cases?q=a+b%26c')).toEqual({ name: 'cases', query: { q: 'a b&c' } });
  });

  it('derives the navigation and the section each screen sits under', () => {
    expect(NAV_ENTRIES.map((entry) => entry.name)).toEqual(['dashboard', 'cases', 'meetings', 'history', 'trash']);
    expect(sectionOf({ name: 'meeting', id: 'x' })).toBe('meetings');
    expect(sectionOf({ name: 'case', id: 'x' })).toBe('cases');
    expect(sectionOf({ name: 'caseNew' })).toBe('cases');
    expect(sectionOf({ name: 'cases', query: { q: 'x' } })).toBe('cases');
    expect(sectionOf({ name: 'settings' })).toBeNull();
    expect(sectionOf({ name: 'notFound', path: '/x' })).toBeNull();
  });

  it('gives every screen a title in both languages, naming the record once it is known', () => {
    const en = (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string>>) => translate('en', key, params);
    const es = (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string>>) => translate('es', key, params);
    expect(documentTitle({ name: 'case', id: 'x' }, 'CAFTA-2026-001', en)).toBe('Case CAFTA-2026-001 — Commission Desk');
    expect(documentTitle({ name: 'case', id: 'x' }, 'CAFTA-2026-001', es)).toBe('Caso CAFTA-2026-001 — Commission Desk');
    expect(documentTitle({ name: 'case', id: 'x' }, null, en)).toBe('Case — Commission Desk');
    expect(documentTitle({ name: 'caseEdit', id: 'x' }, 'PER-2025-002', es)).toBe('Editar caso PER-2025-002 — Commission Desk');
    expect(documentTitle({ name: 'cases', query: { q: 'x' } }, null, es)).toBe('Casos — Commission Desk');
    expect(documentTitle({ name: 'notFound', path: '/x' }, null, en)).toBe('Page not found — Commission Desk');
    for (const name of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
      const title = documentTitle({ name, id: 'x' } as Route, null, es);
      expect(title, name).toMatch(/^\S.* — Commission Desk$/);
    }
  });
});
