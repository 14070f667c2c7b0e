import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGREEMENT_IDS, AGREEMENT_PARTIES } from '../../shared/domain/agreements';
import { AGREEMENTS } from '../../shared/reference/agreements';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

describe('agreements.list', () => {
  it('answers the three agreements from the reference tables, in order, with parties and bodies', () => {
    const agreements = test.call('agreements.list', {});
    expect(agreements.map((info) => info.id)).toEqual([...AGREEMENT_IDS]);
    expect(agreements).toEqual(JSON.parse(JSON.stringify(AGREEMENTS)));
    for (const info of agreements) expect(info.parties.map((party) => party.code)).toEqual(AGREEMENT_PARTIES[info.id]);
  });
});

describe('dashboard.summary', () => {
  it('counts cases by agreement and status, in domain order', () => {
    expect(test.call('dashboard.summary', {})).toEqual({ total: 0, counts: [] });
    test.call('cases.create', caseInput({ status: 'closed' }));
    test.call('cases.create', caseInput());
    test.call('cases.create', caseInput());
    test.call('cases.create', caseInput({ agreement: 'us-peru-tpa', complainant: 'USA', respondent: 'PER', status: 'suspended' }));
    expect(test.call('dashboard.summary', {})).toEqual({
      total: 4,
      counts: [
        { agreement: 'cafta-dr', status: 'open', count: 2 },
        { agreement: 'cafta-dr', status: 'closed', count: 1 },
        { agreement: 'us-peru-tpa', status: 'suspended', count: 1 },
      ],
    });
  });
});
