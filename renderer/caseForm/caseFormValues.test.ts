import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../../shared/api/schemas';
import type { CaseRecord } from '../../shared/domain/cases';
import { changedInput, createInput, emptyValues, firstInvalidField, parseHsCodes, reconcileParties, valuesFromRecord } from './caseFormValues';

const record: CaseRecord = {
  id: '6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11',
  reference: 'CAFTA-DR-2025-001',
  agreement: 'cafta-dr',
  kind: 'dispute',
  title: 'Bananas',
  summary: '',
  complainant: 'CRI',
  respondent: 'SLV',
  thirdParties: ['USA', 'GTM'],
  sample: false,
  measure: 'Tariff',
  sector: 'Agriculture',
  hsCodes: ['0803', '080390'],
  nteCategory: null,
  perishable: true,
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
    expect(firstInvalidField(['caseId'])).toBeNull();
  });
});
