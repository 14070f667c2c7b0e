import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/cases/domain';
import { TEST_DEVICE, caseInput, openTestDatabase, rowCount, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('cases.create', () => {
  it('stores the case with defaults, a generated reference, version 1 and an audit entry', () => {
    const created = test.call('cases.create', caseInput({ thirdParties: ['GTM'], hsCodes: ['0804', '08045020'] }));
    expect(created).toMatchObject({
      reference: 'CAFTA-DR-2026-001',
      agreement: 'cafta-dr',
      title: 'Import licensing for fresh produce',
      summary: '',
      thirdParties: ['GTM'],
      hsCodes: ['0804', '08045020'],
      nteCategory: null,
      perishable: false,
      status: 'open',
      stage: 'not_started',
      version: 1,
      openedOn: '2026-02-02',
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toBe(created.updatedAt);
    expect(test.call('cases.get', { id: created.id }).case).toEqual(created);
    const [entry] = test.call('history.list', { subject: { type: 'case', id: created.id } }).entries;
    expect(entry).toMatchObject({
      action: 'create',
      subject: { type: 'case', id: created.id },
      parent: null,
      actor: 'unknown user',
      device: TEST_DEVICE,
      before: null,
      after: created,
    });
  });

  it('numbers references per agreement and year of opening', () => {
    const refs = [
      caseInput({ openedOn: '2026-01-05' }),
      caseInput({ openedOn: '2026-12-31' }),
      caseInput({ openedOn: '2025-06-01' }),
      caseInput({ agreement: 'us-peru-tpa', complainant: 'USA', respondent: 'PER', openedOn: '2026-03-01' }),
      caseInput({ agreement: 'us-colombia-tpa', complainant: 'COL', respondent: 'USA', openedOn: '2026-03-01' }),
      caseInput({ openedOn: '2026-07-07' }),
    ].map((input) => test.call('cases.create', input).reference);
    expect(refs).toEqual(['CAFTA-DR-2026-001', 'CAFTA-DR-2026-002', 'CAFTA-DR-2025-001', 'PTPA-2026-001', 'CTPA-2026-001', 'CAFTA-DR-2026-003']);
  });

  it('opens the case today (local date) when openedOn is left out', () => {
    test.setNow(new Date(2027, 0, 1, 0, 30));
    const { openedOn, ...input } = caseInput();
    expect(openedOn).toBeDefined();
    const created = test.call('cases.create', input);
    expect(created.openedOn).toBe('2027-01-01');
    expect(created.reference).toBe('CAFTA-DR-2027-001');
  });

  it('refuses parties that do not fit the agreement, field by field, changing nothing', () => {
    const before = snapshot(test.db);
    const response = test.dispatch('cases.create', caseInput({ complainant: 'PER', thirdParties: ['SLV', 'HND', 'HND'] }));
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        reason: 'fields',
        message: expect.any(String) as string,
        fields: {
          complainant: { code: 'not_party', message: 'Not a Party to this agreement.' },
          'thirdParties.0': { code: 'third_party_is_side', message: expect.any(String) as string },
          thirdParties: { code: 'listed_twice', message: 'Listed twice.' },
        },
      },
    });
    expect(snapshot(test.db)).toBe(before);
  });

  it('refuses an HS code listed twice and an opening date outside 1900–2999, changing nothing', () => {
    const before = snapshot(test.db);
    expect(test.dispatch('cases.create', caseInput({ hsCodes: ['0804', '080440', '0804'], openedOn: '9999-12-31' }))).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        reason: 'fields',
        message: expect.any(String) as string,
        fields: {
          hsCodes: { code: 'listed_twice', message: 'Listed twice.' },
          openedOn: { code: 'date_range', params: { from: '1900-01-01', to: '2999-12-31' }, message: 'Use a date from 1900-01-01 to 2999-12-31.' },
        },
      },
    });
    expect(snapshot(test.db)).toBe(before);
  });
});

describe('cases.get', () => {
  it('answers the case, its events in date order, its stage and limits as seen today', () => {
    const created = test.call('cases.create', caseInput({ perishable: true }));
    test.call('events.add', { caseId: created.id, type: 'consultations_held', date: '2026-02-20' });
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-02-05' });
    const detail = test.call('cases.get', { id: created.id });
    expect(detail.today).toBe('2026-03-10');
    expect(detail.events.map((event) => event.type)).toEqual(['consultations_requested', 'consultations_held']);
    expect(detail.stage).toBe('consultations');
    expect(detail.case.stage).toBe('consultations');
    expect(detail.limits.length).toBeGreaterThan(0);
    for (const limit of detail.limits) {
      expect(limit.daysLeft).toBe(Math.round((Date.parse(limit.date) - Date.parse('2026-03-10')) / 86_400_000));
      expect(['upcoming', 'due_today', 'overdue', 'open', 'met', 'not_applicable']).toContain(limit.status);
    }
    // CAFTA-DR Art. 20.4.4: consultations on perishable goods within 15 days of the request.
    const perishable = detail.limits.find((limit) => limit.rule === 'cafta-dr.consultations-perishable');
    expect(perishable).toMatchObject({ date: '2026-02-20', resolution: 'met', status: 'met' });
  });

  it('answers not_found for an unknown id', () => {
    expect(test.dispatch('cases.get', { id: MISSING_ID })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('cases.update', () => {
  let created: CaseRecord;
  beforeEach(() => {
    created = test.call('cases.create', caseInput());
  });

  it('changes only the given fields, bumps the version and audits before and after', () => {
    const updated = test.call('cases.update', { id: created.id, version: 1, title: 'Import licences for avocados', hsCodes: ['080440'] });
    expect(updated).toEqual({
      ...created,
      title: 'Import licences for avocados',
      hsCodes: ['080440'],
      version: 2,
      updatedAt: updated.updatedAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const [entry] = test.call('history.list', { subject: { type: 'case', id: created.id } }).entries;
    expect(entry).toMatchObject({ action: 'update', subject: { type: 'case', id: created.id }, before: created, after: updated });
  });

  it('refuses an HS code listed twice, changing nothing', () => {
    const before = snapshot(test.db);
    expect(test.dispatch('cases.update', { id: created.id, version: 1, hsCodes: ['0101', '0101'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { hsCodes: { code: 'listed_twice' } } },
    });
    expect(snapshot(test.db)).toBe(before);
  });

  it('answers conflict for a stale version and changes nothing', () => {
    test.call('cases.update', { id: created.id, version: 1, sector: 'Agriculture' });
    const before = snapshot(test.db);
    const response = test.dispatch('cases.update', { id: created.id, version: 1, title: 'Lost update' });
    expect(response).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'stale_version', params: { reference: 'CAFTA-DR-2026-001' }, message: expect.stringMatching(/CAFTA-DR-2026-001/) as string } });
    expect(snapshot(test.db)).toBe(before);
  });

  it('checks the merged record: a new agreement must fit the stored parties', () => {
    const before = snapshot(test.db);
    const response = test.dispatch('cases.update', { id: created.id, version: 1, agreement: 'us-peru-tpa' });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { complainant: { code: 'not_party' }, respondent: { code: expect.any(String) as string } } },
    });
    expect(snapshot(test.db)).toBe(before);
    const moved = test.call('cases.update', { id: created.id, version: 1, agreement: 'us-peru-tpa', complainant: 'PER', respondent: 'USA' });
    // The reference is an identifier already in use: it does not change.
    expect(moved).toMatchObject({ agreement: 'us-peru-tpa', reference: 'CAFTA-DR-2026-001', version: 2 });
  });

  it('recomputes the limits when a field they depend on changes', () => {
    test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-03-01' });
    const rules = () => test.call('cases.get', { id: created.id }).limits.map((limit) => limit.rule);
    expect(rules()).not.toContain('cafta-dr.consultations-perishable');
    test.call('cases.update', { id: created.id, version: 1, perishable: true });
    expect(rules()).toContain('cafta-dr.consultations-perishable');
    test.call('cases.update', { id: created.id, version: 2, status: 'withdrawn' });
    const detail = test.call('cases.get', { id: created.id });
    expect(detail.limits.every((limit) => limit.resolution !== 'pending')).toBe(true);
    expect(test.call('cases.list', {}).rows[0]?.nextLimitDate).toBeNull();
  });

  it('leaves the case alone when nothing differs', () => {
    const audits = rowCount(test.db, 'audit_log');
    expect(test.call('cases.update', { id: created.id, version: 1, title: created.title })).toEqual(created);
    expect(rowCount(test.db, 'audit_log')).toBe(audits);
  });

  it('answers not_found for an unknown id', () => {
    expect(test.dispatch('cases.update', { id: MISSING_ID, version: 1, title: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('history.list of a case', () => {
  it('lists the entries of the case and its events, newest first, with the actor', () => {
    const created = test.call('cases.create', caseInput());
    const other = test.call('cases.create', caseInput({ title: 'Another matter' }));
    test.call('settings.update', { userName: 'María Solís' });
    const event = test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: '2026-02-10' });
    test.call('events.update', { id: event.id, text: 'Request delivered by diplomatic note.' });
    test.call('events.add', { caseId: other.id, type: 'consultations_requested', date: '2026-02-10' });
    test.call('events.remove', { id: event.id });
    const history = test.call('history.list', { subject: { type: 'case', id: created.id } }).entries;
    expect(history.map((entry) => [entry.action, entry.subject.type, entry.actor])).toEqual([
      ['remove', 'event', 'María Solís'],
      ['update', 'event', 'María Solís'],
      ['create', 'event', 'María Solís'],
      ['create', 'case', 'unknown user'],
    ]);
    expect(history[0]).toMatchObject({
      subject: { type: 'event', id: event.id },
      parent: { type: 'case', id: created.id },
      before: { text: 'Request delivered by diplomatic note.' },
      after: null,
    });
    expect(history.every((entry, index) => index === 0 || (history[index - 1]?.id ?? 0) > entry.id)).toBe(true);
  });

  it('answers not_found for an unknown case', () => {
    expect(test.dispatch('history.list', { subject: { type: 'case', id: MISSING_ID } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
