// Cases under procedure v2: environment submissions (filed by a person, not a
// Party), the provisions claimed with the panel's findings, and the grounds
// of a reconvened panel, all validated at the boundary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseInput, fieldCodes, openTestDatabase, snapshot, type TestDatabase } from '../testing/testDatabase';

let test: TestDatabase;
beforeEach(async () => {
  test = await openTestDatabase();
});
afterEach(() => test.close());

const SUBMISSION = {
  agreement: 'cafta-dr',
  kind: 'environment_submission',
  title: 'Sea Turtle – DET II – Costa Rica',
  submitter: 'PRETOMA',
  respondent: 'CRI',
} as const;

function refusedFields(method: string, input: unknown) {
  const before = snapshot(test.db);
  const response = test.dispatch(method, input);
  expect(snapshot(test.db)).toBe(before);
  if (response.ok || response.error.code !== 'invalid_input') throw new Error(JSON.stringify(response));
  return fieldCodes(response.error.fields);
}

describe('environment submissions (CAFTA-DR Art. 17.7; TPA Art. 18.8)', () => {
  it('creates one with its submitter and the Party concerned, and no complaining Party', () => {
    const created = test.call('cases.create', SUBMISSION);
    expect(created).toMatchObject({ kind: 'environment_submission', complainant: null, respondent: 'CRI', submitter: 'PRETOMA', thirdParties: [] });
    expect(test.call('cases.list', {}).rows[0]).toMatchObject({ complainant: null, submitter: 'PRETOMA', respondent: 'CRI' });
    // A submitter of the Party concerned is ordinary: PRETOMA is Costa Rican.
    expect(test.call('cases.list', { party: 'CRI' }).total).toBe(1);
    // The submitter is searched like the title.
    expect(test.call('cases.list', { text: 'pretoma' }).rows.map((row) => row.id)).toEqual([created.id]);
    test.call('cases.update', { id: created.id, version: 1, submitter: 'CEDARENA' });
    expect(test.call('cases.list', { text: 'pretoma' }).total).toBe(0);
    expect(test.call('cases.list', { text: 'cedar' }).total).toBe(1);
  });

  it('refuses a submission without a submitter, with a complaining or third Party, by field', () => {
    expect(refusedFields('cases.create', { ...SUBMISSION, submitter: '  ' })).toEqual({ submitter: 'submitter_required' });
    expect(refusedFields('cases.create', { ...SUBMISSION, complainant: 'USA' })).toEqual({
      complainant: 'submission_no_complainant',
    });
    expect(refusedFields('cases.create', { ...SUBMISSION, thirdParties: ['USA'] })).toEqual({ thirdParties: 'submission_no_third_parties' });
  });

  it('refuses a dispute without a complaining Party, or with a submitter', () => {
    expect(refusedFields('cases.create', { ...caseInput(), complainant: null })).toEqual({ complainant: 'required' });
    expect(refusedFields('cases.create', caseInput({ submitter: 'PRETOMA' }))).toEqual({ submitter: 'submitter_only_submission' });
  });

  it('checks the merged record when an update changes the kind', () => {
    const dispute = test.call('cases.create', caseInput());
    expect(refusedFields('cases.update', { id: dispute.id, version: 1, kind: 'environment_submission' })).toMatchObject({
      submitter: 'submitter_required',
      complainant: expect.any(String) as string,
    });
    const changed = test.call('cases.update', { id: dispute.id, version: 1, kind: 'environment_submission', complainant: null, submitter: 'CEDARENA' });
    expect(changed).toMatchObject({ kind: 'environment_submission', complainant: null, submitter: 'CEDARENA', version: 2 });
  });
});

describe('changing the kind of a case', () => {
  it('is refused while steps of the old kind are recorded, by field and changing nothing', () => {
    const dispute = test.call('cases.create', caseInput());
    test.call('events.add', { caseId: dispute.id, type: 'panel_requested', date: '2026-03-01' });
    expect(refusedFields('cases.update', { id: dispute.id, version: 1, kind: 'environment_submission', complainant: null, submitter: 'CEDARENA' })).toEqual({
      kind: 'kind_has_other_steps',
    });
    // Between kinds that share their steps, it is allowed.
    expect(test.call('cases.update', { id: dispute.id, version: 1, kind: 'labor_consultation' }).kind).toBe('labor_consultation');
  });
});

describe('claims and findings (Art. 20.15–20.17 / 21.15–21.16)', () => {
  it('stores the provisions claimed in order, and the remedy limits follow the findings', () => {
    const created = test.call('cases.create', caseInput({ claims: [{ provision: 'Art. 3.3.2', finding: 'pending' }] }));
    test.call('events.add', { caseId: created.id, type: 'final_report_issued', date: '2026-02-02' });
    const pending = test.call('cases.get', { id: created.id });
    expect(pending.case.claims).toEqual([{ provision: 'Art. 3.3.2', finding: 'pending' }]);
    expect(pending.limits.some((limit) => limit.rule === 'cafta-dr.compensation')).toBe(false);
    expect(pending.warnings).toContainEqual(expect.objectContaining({ code: 'findings_missing' }));
    const claims = [
      { provision: 'Art. 3.3.2', finding: 'non_conformity' },
      { provision: '16.2.1(a)', finding: 'conformity' },
    ] as const;
    const updated = test.call('cases.update', { id: created.id, version: 1, claims: [...claims], reconveneGrounds: 'both' });
    expect(updated).toMatchObject({ claims, reconveneGrounds: 'both' });
    const found = test.call('cases.get', { id: created.id });
    // 2 Feb + 45 = 19 Mar; the duty to negotiate compensation arises on 20 Mar (Art. 20.16.1).
    expect(found.limits.find((limit) => limit.rule === 'cafta-dr.compensation')).toMatchObject({ date: '2026-03-20', status: 'upcoming' });
    expect(found.limits.some((limit) => limit.rule === 'cafta-dr.enforcement-assessment')).toBe(false);
  });

  it('refuses a provision listed twice however it is written, an empty one, and an unknown finding', () => {
    expect(
      refusedFields('cases.create', caseInput({ claims: [{ provision: 'Art. 16.2.1(a)', finding: 'pending' }, { provision: '16.2.1 (a)', finding: 'pending' }] })),
    ).toEqual({ claims: 'listed_twice' });
    expect(Object.keys(refusedFields('cases.create', caseInput({ claims: [{ provision: ' ', finding: 'pending' }] })))).toEqual(['claims.0.provision']);
    expect(Object.keys(refusedFields('cases.create', { ...caseInput(), claims: [{ provision: '3.3', finding: 'guilty' }] }))).toEqual(['claims.0.finding']);
    expect(Object.keys(refusedFields('cases.create', { ...caseInput(), reconveneGrounds: 'other' }))).toEqual(['reconveneGrounds']);
  });
});
