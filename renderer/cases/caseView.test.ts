import { describe, expect, it } from 'vitest';
import { casesListInput } from '../../shared/cases/schemas';
import { viewFromQuery } from '../table/viewState';
import { CASE_VIEW, caseQuery } from './caseView';

describe('the cases view', () => {
  it('asks cases.list for the newest updated first at the plain address', () => {
    expect(caseQuery(viewFromQuery(CASE_VIEW, {}), 'en')).toEqual({ sort: { column: 'updatedAt', direction: 'desc' }, groupBy: null, locale: 'en' });
  });

  it('turns an address into the query cases.list accepts', () => {
    const view = viewFromQuery(CASE_VIEW, { q: ' sugar ', agreement: 'us-peru-tpa', party: 'PER', status: 'open', sort: 'title.asc', group: 'stage', hide: 'kind' });
    const query = caseQuery(view, 'es');
    expect(query).toEqual({
      sort: { column: 'title', direction: 'asc' },
      groupBy: 'stage',
      locale: 'es',
      agreement: 'us-peru-tpa',
      party: 'PER',
      status: 'open',
      text: 'sugar',
    });
    expect(casesListInput.safeParse(query).success).toBe(true);
  });

  it('offers only sorts, filters and groups the API accepts', () => {
    for (const column of CASE_VIEW.sortColumns) {
      const query = caseQuery(viewFromQuery(CASE_VIEW, { sort: `${column}.desc` }), 'en');
      expect(query.sort?.column).toBe(column);
      expect(casesListInput.safeParse(query).success, column).toBe(true);
    }
    for (const [name, values] of Object.entries(CASE_VIEW.filters))
      for (const value of values) {
        const query = caseQuery(viewFromQuery(CASE_VIEW, { [name]: value }), 'en');
        expect((query as Record<string, unknown>)[name], `${name}=${value}`).toBe(value);
        expect(casesListInput.safeParse(query).success, `${name}=${value}`).toBe(true);
      }
    for (const group of CASE_VIEW.groups) expect(caseQuery(viewFromQuery(CASE_VIEW, { group }), 'en').groupBy).toBe(group);
  });
});
