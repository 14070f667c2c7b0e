// cases.import: many cases in one call, all or nothing, each created as
// cases.create creates one (reference, stage, its own history entry), and a
// refusal naming each bad field by its row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_CASES } from '../../shared/cases/schemas';
import { caseInput, openTestDatabase, rowCount, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

describe('cases.import', () => {
  it('creates every case in order, each as cases.create would, with one history entry per case', () => {
    const single = test.call('cases.create', caseInput({ title: 'Made one at a time' }));
    const { cases } = test.call('cases.import', {
      cases: [
        caseInput({ title: 'Dairy quotas', thirdParties: ['GTM'], hsCodes: ['0401'] }),
        caseInput({ agreement: 'us-peru-tpa', complainant: 'USA', respondent: 'PER', title: 'Forestry permits', openedOn: '2019-01-10' }),
        caseInput({ title: 'Sugar', status: 'closed' }),
      ],
    });
    expect(cases.map((entry) => entry.reference)).toEqual(['CAFTA-DR-2026-002', 'PTPA-2019-001', 'CAFTA-DR-2026-003']);
    const stored = cases.map((entry) => test.call('cases.get', { id: entry.id }).case);
    expect(stored.map((record) => [record.title, record.version, record.stage, record.sample])).toEqual([
      ['Dairy quotas', 1, 'not_started', false],
      ['Forestry permits', 1, 'not_started', false],
      ['Sugar', 1, 'not_started', false],
    ]);
    expect(stored[0]).toMatchObject({ thirdParties: ['GTM'], hsCodes: ['0401'] });
    for (const record of stored) {
      const entries = test.call('history.list', { subject: { type: 'case', id: record.id } }).entries;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'create', before: null, after: record });
    }
    // What an imported case is differs from one made alone only in what it says.
    const alone = test.call('cases.get', { id: single.id }).case;
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual(Object.keys(alone).sort());
    expect(test.call('cases.list', { text: 'dairy' }).total).toBe(1);
    expect(test.call('dashboard.summary', {})).toMatchObject({ total: 4 });
  });

  it('refuses the whole batch when one case is wrong, naming the field by its row, and changes nothing', () => {
    test.call('cases.create', caseInput());
    const before = snapshot(test.db);
    const answer = test.dispatch('cases.import', {
      cases: [caseInput(), caseInput({ title: '' }), caseInput(), caseInput({ complainant: 'SLV', respondent: 'SLV', thirdParties: ['PER'] })],
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        reason: 'fields',
        fields: {
          'cases.1.title': { code: 'required' },
          'cases.3.respondent': { code: 'same_parties' },
          'cases.3.thirdParties.0': { code: 'not_party' },
        },
      },
    });
    if (!answer.ok) expect(Object.keys(answer.error.fields ?? {}).every((path) => /^cases\.[13]\./.test(path))).toBe(true);
    expect(snapshot(test.db)).toBe(before);
    expect(rowCount(test.db, 'cases')).toBe(1);
  });

  it(`takes one to ${IMPORT_MAX_CASES} cases`, () => {
    expect(test.dispatch('cases.import', { cases: [] })).toMatchObject({ ok: false, error: { fields: { cases: { code: 'required' } } } });
    const tooMany = Array.from({ length: IMPORT_MAX_CASES + 1 }, () => caseInput());
    expect(test.dispatch('cases.import', { cases: tooMany })).toMatchObject({
      ok: false,
      error: { fields: { cases: { code: 'too_many', params: { max: IMPORT_MAX_CASES } } } },
    });
    expect(test.dispatch('cases.import', { cases: [caseInput()], extra: 1 })).toMatchObject({ ok: false, error: { fields: { extra: { code: 'not_a_field' } } } });
    expect(rowCount(test.db, 'cases')).toBe(0);
  });

  it('rolls back every case when a write fails part-way', () => {
    // A trigger that fails on the third insert stands for a full disk or a constraint found late.
    test.db.exec(`CREATE TEMP TRIGGER fail_third BEFORE INSERT ON main.cases WHEN (SELECT count(*) FROM main.cases) >= 2
                  BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = snapshot(test.db);
    const answer = test.dispatch('cases.import', { cases: [caseInput(), caseInput(), caseInput()] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshot(test.db)).toBe(before);
  });
});
