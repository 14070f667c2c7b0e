import { describe, expect, it } from 'vitest';
import { defaultView, isFiltered, queryFromView, viewFromQuery, type TableViewSpec } from './viewState';

const SPEC: TableViewSpec = {
  filters: { agreement: ['cafta-dr', 'us-peru-tpa'], status: ['open', 'closed'] },
  sortColumns: ['title', 'openedOn', 'updatedAt'],
  defaultSort: { column: 'updatedAt', desc: true },
  groups: ['agreement', 'stage'],
  hideable: ['kind', 'stage', 'leadOfficer'],
};

describe('a table view in the address', () => {
  it('is the default view at the plain address, and the default view writes no query', () => {
    expect(viewFromQuery(SPEC, {})).toEqual(defaultView(SPEC));
    expect(queryFromView(SPEC, defaultView(SPEC))).toEqual({});
  });

  it('reads back every view it writes', () => {
    const view = {
      text: 'sugar quota',
      filters: { agreement: 'us-peru-tpa', status: 'open' },
      sort: { column: 'title', desc: false },
      groupBy: 'stage',
      hidden: ['kind', 'leadOfficer'],
    };
    const query = queryFromView(SPEC, view);
    expect(query).toEqual({ q: 'sugar quota', agreement: 'us-peru-tpa', status: 'open', sort: 'title.asc', group: 'stage', hide: 'kind,leadOfficer' });
    expect(viewFromQuery(SPEC, query)).toEqual(view);
  });

  it('ignores what the table does not offer (an old bookmark, a hand-edited address)', () => {
    const view = viewFromQuery(SPEC, { agreement: 'nafta', status: 'open', sort: 'password.asc', group: 'party', hide: 'title,stage,nothing', other: 'x' });
    expect(view).toEqual({ text: '', filters: { status: 'open' }, sort: SPEC.defaultSort, groupBy: null, hidden: ['stage'] });
    expect(viewFromQuery(SPEC, { sort: 'title.sideways' }).sort).toEqual(SPEC.defaultSort);
    expect(viewFromQuery(SPEC, { sort: 'title' }).sort).toEqual({ column: 'title', desc: false });
    expect(viewFromQuery(SPEC, { q: 'x'.repeat(500) }).text).toHaveLength(200);
  });

  it('writes the default sort only when it differs, and hidden columns in the spec order', () => {
    expect(queryFromView(SPEC, { ...defaultView(SPEC), sort: { column: 'updatedAt', desc: false } })).toEqual({ sort: 'updatedAt.asc' });
    expect(queryFromView(SPEC, { ...defaultView(SPEC), hidden: ['leadOfficer', 'kind'] })).toEqual({ hide: 'kind,leadOfficer' });
    expect(queryFromView(SPEC, { ...defaultView(SPEC), text: '   ' })).toEqual({});
  });

  it('knows when it is filtered (grouping, sorting and columns are not filters)', () => {
    expect(isFiltered(defaultView(SPEC))).toBe(false);
    expect(isFiltered({ ...defaultView(SPEC), groupBy: 'stage', hidden: ['kind'] })).toBe(false);
    expect(isFiltered({ ...defaultView(SPEC), text: 'x' })).toBe(true);
    expect(isFiltered({ ...defaultView(SPEC), filters: { status: 'open' } })).toBe(true);
  });
});
