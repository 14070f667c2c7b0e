// meetings.list on the list engine: each filter, each sort both ways (coded
// columns by their labels in the reader's language), grouping, paging by
// cursor, and the query plans that keep its filters and default order on
// the indexes of migration 110.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { meetingsListInput } from '../../shared/meetings/schemas';
import { explainStatements, type Plan } from '../testing/queryPlans';
import { fieldCodes, openTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { listMeetings } from './list';

let test: TestDatabase;
const ids: Record<string, string> = {};
beforeAll(async () => {
  test = await openTestDatabase();
  const add = (name: string, input: Input<'meetings.create'>) => {
    ids[name] = test.call('meetings.create', input).id;
  };
  add('cafta1', { agreement: 'cafta-dr', body: 'ftc', number: 1, startsOn: '2011-02-22', endsOn: '2011-02-23', place: 'San Salvador', status: 'held' });
  add('cafta2', { agreement: 'cafta-dr', body: 'ftc', number: 2, startsOn: '2012-01-23', place: 'Miami', status: 'held' });
  add('council', { agreement: 'cafta-dr', body: 'labor-affairs-council', startsOn: '2026-05-04', place: '', virtual: true, status: 'planned' });
  add('colombia', { agreement: 'us-colombia-tpa', body: 'ftc', number: 1, startsOn: '2012-11-19', place: 'Washington', status: 'held' });
  add('peru6', { agreement: 'us-peru-tpa', body: 'ftc', number: 6, startsOn: '2024-02-15', place: 'Lima', status: 'held' });
  add('cancelled', { agreement: 'us-peru-tpa', body: 'environmental-affairs-council', startsOn: '2024-06-10', place: 'Lima', status: 'cancelled' });
});
afterAll(() => test.close());

function names(input: Input<'meetings.list'>): string[] {
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return test.call('meetings.list', input).rows.map((row) => byId.get(row.id) ?? row.id);
}

describe('meetings.list', () => {
  it('lists the newest first by default, with the total', () => {
    const page = test.call('meetings.list', {});
    expect(page.total).toBe(6);
    expect(names({})).toEqual(['council', 'cancelled', 'peru6', 'colombia', 'cafta2', 'cafta1']);
    expect(page.rows[5]).toMatchObject({ number: 1, startsOn: '2011-02-22', endsOn: '2011-02-23', place: 'San Salvador', virtual: false });
  });

  it('filters by agreement, body, year and status, and by several at once', () => {
    expect(names({ agreement: 'cafta-dr' })).toEqual(['council', 'cafta2', 'cafta1']);
    expect(names({ body: 'ftc' })).toEqual(['peru6', 'colombia', 'cafta2', 'cafta1']);
    expect(names({ year: 2012 })).toEqual(['colombia', 'cafta2']);
    expect(names({ status: 'cancelled' })).toEqual(['cancelled']);
    expect(names({ agreement: 'us-peru-tpa', body: 'ftc', year: 2024, status: 'held' })).toEqual(['peru6']);
    expect(test.call('meetings.list', { year: 2012 }).total).toBe(2);
  });

  it('sorts by date, number (unnumbered last either way) and by the labels of agreement and status in the reader’s language', () => {
    expect(names({ sort: { column: 'startsOn', direction: 'asc' } })).toEqual(['cafta1', 'cafta2', 'colombia', 'peru6', 'cancelled', 'council']);
    expect(names({ sort: { column: 'number', direction: 'desc' } }).slice(0, 2)).toEqual(['peru6', 'cafta2']);
    expect(names({ sort: { column: 'number', direction: 'asc' } }).slice(-2).sort()).toEqual(['cancelled', 'council']);
    // English: Cancelled, Held, Planned; Spanish: Cancelada, Celebrada, Prevista.
    expect(names({ sort: { column: 'status', direction: 'asc' }, locale: 'en' })[0]).toBe('cancelled');
    expect(names({ sort: { column: 'status', direction: 'desc' }, locale: 'es' })[0]).toBe('council');
    const byAgreement = names({ sort: { column: 'agreement', direction: 'asc' }, locale: 'en' });
    expect(byAgreement.slice(0, 3).sort()).toEqual(['cafta1', 'cafta2', 'council']);
  });

  it('groups by agreement with counts, and pages by cursor visiting each meeting once', () => {
    const grouped = test.call('meetings.list', { groupBy: 'agreement', locale: 'en' });
    expect(grouped.groups?.reduce((sum, group) => sum + group.count, 0)).toBe(6);
    expect(grouped.groups?.find((group) => group.key === 'cafta-dr')?.count).toBe(3);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = test.call('meetings.list', { limit: 4, ...(after === undefined ? {} : { after }) });
      seen.push(...page.rows.map((row) => row.id));
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it('refuses unknown filters and sorts by field', () => {
    const response = test.dispatch('meetings.list', { body: 'nope', year: 1800, sort: { column: 'place', direction: 'asc' } });
    if (response.ok) throw new Error('accepted');
    expect(fieldCodes(response.error.fields)).toEqual({ body: 'not_one_of', year: 'at_least', 'sort.column': 'not_one_of' });
  });
});

describe('query plans of meetings.list', () => {
  function plans(input: Input<'meetings.list'>): Plan[] {
    return explainStatements(test.file, (db: Database.Database) => listMeetings(db, meetingsListInput.parse(input))).filter((plan) =>
      plan.sql.includes('LIMIT ? OFFSET ?'),
    );
  }
  const text = (plan: Plan) => plan.steps.join(' | ');

  it('reads the default order from the date index, with no sort step', () => {
    const [page] = plans({});
    expect(page).toBeDefined();
    expect(text(page as Plan)).toMatch(/SCAN meetings USING INDEX meetings_list_starts_on/);
    expect(text(page as Plan)).not.toMatch(/TEMP B-TREE/);
  });

  it.each([
    ['agreement', { agreement: 'cafta-dr' }, 'meetings_list_agreement'],
    ['body', { body: 'ftc' }, 'meetings_list_body'],
    ['status', { status: 'held' }, 'meetings_list_status'],
    ['year', { year: 2012 }, 'meetings_list_starts_on'],
  ] as const)('serves the %s filter from its index, in date order', (_name, input, index) => {
    const pages = plans(input);
    expect(pages.length).toBeGreaterThan(0);
    for (const plan of pages) {
      expect(text(plan), plan.sql).toMatch(new RegExp(`SEARCH meetings USING INDEX ${index}\\b`));
      expect(text(plan), plan.sql).not.toMatch(/TEMP B-TREE/);
    }
  });
});
