import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACCOUNT, TEST_DEVICE_ID, caseInput, openTestDatabase, rowCount, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

function settingsAudit() {
  return test.db.prepare("SELECT actor, before, after FROM audit_log WHERE subject_type = 'settings' ORDER BY id").all();
}

describe('settings', () => {
  it('start unset', () => {
    expect(test.call('settings.get', {})).toEqual({ userName: null, locale: null });
  });

  it('store the name (trimmed) and locale, audit the change, and sign later changes with the name', () => {
    expect(test.call('settings.update', { userName: '  Ana Pérez ' })).toEqual({ userName: 'Ana Pérez', locale: null });
    expect(test.call('settings.update', { locale: 'es' })).toEqual({ userName: 'Ana Pérez', locale: 'es' });
    expect(test.call('settings.get', {})).toEqual({ userName: 'Ana Pérez', locale: 'es' });
    expect(settingsAudit()).toEqual([
      { actor: 'Ana Pérez', before: JSON.stringify({ userName: null, locale: null }), after: JSON.stringify({ userName: 'Ana Pérez', locale: null }) },
      { actor: 'Ana Pérez', before: JSON.stringify({ userName: 'Ana Pérez', locale: null }), after: JSON.stringify({ userName: 'Ana Pérez', locale: 'es' }) },
    ]);
    const created = test.call('cases.create', caseInput());
    expect(test.call('history.list', { subject: { type: 'case', id: created.id } }).entries[0]?.actor).toBe('Ana Pérez');
    // Settings changes are in the app-wide history, and in the settings' own.
    const settingsHistory = test.call('history.list', { subject: { type: 'settings', id: 'settings' } }).entries;
    expect(settingsHistory.map((entry) => entry.after)).toEqual([
      { userName: 'Ana Pérez', locale: 'es' },
      { userName: 'Ana Pérez', locale: null },
    ]);
    const all = test.call('history.list', {}).entries;
    expect(all.map((entry) => entry.subject.type)).toEqual(['case', 'settings', 'settings']);
  });

  it('record a change of the name with the system account and installation that made it (issue 7 §4)', () => {
    test.call('settings.update', { userName: 'Ana Pérez' });
    test.call('settings.update', { userName: 'Minister of Trade' });
    const [renamed] = test.call('history.list', {}).entries;
    expect(renamed).toMatchObject({
      subject: { type: 'settings', id: 'settings' },
      actor: 'Minister of Trade',
      account: TEST_ACCOUNT,
      deviceId: TEST_DEVICE_ID,
      before: { userName: 'Ana Pérez' },
      after: { userName: 'Minister of Trade' },
    });
  });

  it('refuse an empty name or an unknown locale, by field, changing nothing', () => {
    const before = snapshot(test.db);
    expect(test.dispatch('settings.update', { userName: '   ', locale: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { userName: { code: 'required' }, locale: { code: 'not_one_of' } } },
    });
    expect(snapshot(test.db)).toBe(before);
  });

  it('write nothing when nothing changes', () => {
    test.call('settings.update', { locale: 'en' });
    const audits = rowCount(test.db, 'audit_log');
    test.call('settings.update', { locale: 'en' });
    test.call('settings.update', {});
    expect(rowCount(test.db, 'audit_log')).toBe(audits);
  });
});
