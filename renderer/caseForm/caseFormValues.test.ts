import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../../shared/cases/schemas';
import type { CaseRecord } from '../../shared/cases/domain';
import {
  asksForClaims,
  changedInput,
  createInput,
  emptyValues,
  firstInvalidField,
  parseHsCodes,
  reconcileParties,
  sameFieldValue,
  valuesFromRecord,
} from './caseFormValues';

const record: CaseRecord = {
  id: '6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11',
  reference: 'CAFTA-DR-2025-001',
  agreement: 'cafta-dr',
  kind: 'dispute',
  title: 'Bananas',
  summary: '',
  complainant: 'CRI',
  respondent: 'SLV',
  submitter: '',
  thirdParties: ['USA', 'GTM'],
  sample: false,
  measure: 'Tariff',
  sector: 'Agriculture',
  hsCodes: ['0803', '080390'],
  nteCategory: null,
  perishable: true,
  claims: [{ provision: 'Art. 3.3', finding: 'pending' }],
  reconveneGrounds: null,
  status: 'open',
  leadOfficer: 'Ana',
  openedOn: '2025-03-01',
  stage: 'consultations',
  createdAt: '2025-03-01T10:00:00Z',
  updatedAt: '2025-03-01T10:00:00Z',
  version: 3,
};

describe('parseHsCodes', () => {
  it('splits on commas, semicolons and spaces and drops blanks', () => {
    expect(parseHsCodes(' 0803, 080390;1604  ,, ')).toEqual(['0803', '080390', '1604']);
    expect(parseHsCodes('')).toEqual([]);
  });
});

describe('reconcileParties', () => {
  it('drops parties that are not parties to the agreement', () => {
    const values = { ...valuesFromRecord(record), agreement: 'us-peru-tpa' as const };
    const next = reconcileParties(values, ['USA', 'PER']);
    expect(next.complainant).toBe('');
    expect(next.respondent).toBe('');
    expect(next.thirdParties).toEqual(['USA']);
  });

  it('removes a third party that became a side', () => {
    const values = { ...valuesFromRecord(record), complainant: 'USA' as const };
    expect(reconcileParties(values, ['USA', 'CRI', 'DOM', 'SLV', 'GTM', 'HND', 'NIC']).thirdParties).toEqual(['GTM']);
  });
});

describe('createInput', () => {
  it('produces input the API schema accepts', () => {
    const values = { ...emptyValues('2025-04-01'), title: 'Sugar', complainant: 'USA' as const, respondent: 'DOM' as const, hsCodes: '1701' };
    const parsed = casesCreateInput.safeParse(createInput(values));
    expect(parsed.success).toBe(true);
  });

  it('lets the API report an unchosen party on the field', () => {
    const parsed = casesCreateInput.safeParse(createInput({ ...emptyValues('2025-04-01'), title: 'x' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['complainant', 'respondent']));
  });
});

describe('createInput for an environment submission (CAFTA-DR Art. 17.7)', () => {
  const submission = {
    ...emptyValues('2025-04-01'),
    kind: 'environment_submission' as const,
    title: 'Sea turtle protection',
    submitter: 'PRETOMA',
    respondent: 'CRI' as const,
    // Left over from a dispute the official first chose: not sent for a submission.
    complainant: 'USA' as const,
    thirdParties: ['GTM' as const],
    perishable: true,
    claims: [{ provision: '3.3', finding: 'pending' as const }],
    reconveneGrounds: 'both' as const,
  };

  it('sends the submitter and the Party concerned, and nothing a submission cannot have', () => {
    const input = createInput(submission);
    expect(input).toMatchObject({ complainant: null, submitter: 'PRETOMA', respondent: 'CRI', thirdParties: [], perishable: false, claims: [], reconveneGrounds: null });
    expect(casesCreateInput.safeParse(input).success).toBe(true);
  });

  it('sends no submitter for a dispute', () => {
    const input = createInput({ ...submission, kind: 'dispute', respondent: 'DOM' });
    expect(input.submitter).toBe('');
    expect(input.complainant).toBe('USA');
    expect(casesCreateInput.safeParse(input).success).toBe(true);
  });

  it('lets the API report a missing submitter on the field', () => {
    const parsed = casesCreateInput.safeParse(createInput({ ...submission, submitter: ' ' }));
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual(['submitter', 'submitter_required']);
  });
});

describe('claims', () => {
  it('drops wholly blank rows and keeps the rest for the API to judge', () => {
    const values = {
      ...valuesFromRecord(record),
      claims: [
        { provision: ' ', finding: 'pending' as const },
        { provision: 'Art. 16.2.1(a)', finding: 'non_conformity' as const },
        { provision: '', finding: 'conformity' as const },
      ],
    };
    expect(createInput(values).claims).toEqual([
      { provision: 'Art. 16.2.1(a)', finding: 'non_conformity' },
      { provision: '', finding: 'conformity' },
    ]);
  });

  it('are asked for a dispute, and for another matter once it reached a panel', () => {
    expect(asksForClaims({ kind: 'dispute', claims: [] }, null)).toBe(true);
    expect(asksForClaims({ kind: 'labor_consultation', claims: [] }, 'labor_consultations')).toBe(false);
    expect(asksForClaims({ kind: 'labor_consultation', claims: [] }, 'final_report')).toBe(true);
    expect(asksForClaims({ kind: 'environment_submission', claims: [] }, 'final_report')).toBe(false);
  });

  it('send the grounds of a reconvened panel as chosen, or null', () => {
    expect(createInput({ ...valuesFromRecord(record), reconveneGrounds: 'both' }).reconveneGrounds).toBe('both');
    expect(createInput(valuesFromRecord(record)).reconveneGrounds).toBeNull();
  });
});

describe('changedInput', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedInput(valuesFromRecord(record), record)).toEqual({});
  });

  it('sends only the changed fields', () => {
    const values = { ...valuesFromRecord(record), title: 'Bananas and plantains', hsCodes: '0803,080390 , 0804' };
    expect(changedInput(values, record)).toEqual({ title: 'Bananas and plantains', hsCodes: ['0803', '080390', '0804'] });
  });
});

describe('firstInvalidField', () => {
  it('follows the screen order and maps list paths to their field', () => {
    expect(firstInvalidField(['openedOn', 'hsCodes.1', 'respondent'])).toBe('respondent');
    expect(firstInvalidField(['thirdParties.0'])).toBe('thirdParties');
    expect(firstInvalidField(['claims.1.provision', 'status'])).toBe('claims');
    expect(firstInvalidField(['caseId'])).toBeNull();
    // A submission shows its submitter first.
    expect(firstInvalidField(['respondent', 'submitter'], 'environment_submission')).toBe('submitter');
    expect(firstInvalidField(['respondent', 'submitter'], 'dispute')).toBe('respondent');
  });
});

describe('sameFieldValue (what each side changed in an edit conflict)', () => {
  it('compares HS codes as the list they are, and other fields by value', () => {
    expect(sameFieldValue('hsCodes', '0803,080390', ' 0803, 080390 ')).toBe(true);
    expect(sameFieldValue('hsCodes', '0803', '0804')).toBe(false);
    expect(sameFieldValue('thirdParties', ['HND', 'NIC'], ['HND', 'NIC'])).toBe(true);
    expect(sameFieldValue('title', 'Timber', 'Timber ')).toBe(false);
  });
});
