// The search's temporary term vocabulary is made inside the call's
// transaction: a call refused after making it rolls it back, and the next
// search must make it again instead of failing with `internal` until the
// service restarts (found by the dispatch fuzz once it read every method's
// fields from the contract).
import { expect, it } from 'vitest';
import { caseInput, openTestDatabase } from '../testing/testDatabase';

it('a text search after one refused for its cursor is answered', async () => {
  const test = await openTestDatabase();
  try {
    test.call('cases.create', caseInput());
    expect(test.dispatch('cases.list', { text: '0', after: 'zz' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(test.dispatch('cases.list', { text: '0' })).toMatchObject({ ok: true });
    expect(test.dispatch('cases.list', { text: 'import' })).toMatchObject({ ok: true, result: { total: 1 } });
  } finally {
    test.close();
  }
});
