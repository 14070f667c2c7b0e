import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../shared/cases/schemas';
import { limitsAgreeInput } from '../shared/limits/schemas';
import { fieldErrors } from './fieldErrors';

describe('field errors', () => {
  it('names what the schemas refuse by code and params, and says it in English', () => {
    const input = { agreement: 'cafta-dr', kind: 'state_to_state', title: ' ', complainant: 'USA', respondent: 'USA', hsCodes: ['9999', '0101', '0101'], openedOn: '1800-01-01' };
    const fields = fieldErrors(casesCreateInput.safeParse(input).error!, input);
    expect(fields.title?.code).toBe('required');
    const blank = { agreement: 'cafta-dr', kind: 'dispute', title: 'x', complainant: 'USA', respondent: '' };
    expect(fieldErrors(casesCreateInput.safeParse(blank).error!, blank).respondent?.code).toBe('required');
    expect(fields['hsCodes.0']?.code).toBe('hs_code');
    expect(fields.hsCodes?.code).toBe('listed_twice');
    expect(fields.openedOn).toMatchObject({ code: 'date_range', params: { from: '1900-01-01', to: '2999-12-31' } });
    const longInput = { agreement: 'cafta-dr', kind: 'state_to_state', title: 'x'.repeat(301), complainant: 'USA', respondent: 'CRI' };
    const long = fieldErrors(casesCreateInput.safeParse(longInput).error!, longInput);
    expect(long.title).toEqual({ code: 'too_long', params: { max: 300 }, message: 'At most 300 characters.' });
    const agreeInput = { caseId: '6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11', rule: 'x', days: 1.5 };
    const agree = fieldErrors(limitsAgreeInput.safeParse(agreeInput).error!, agreeInput);
    expect(agree.days?.code).toBe('whole_number');
    expect(fieldErrors(limitsAgreeInput.safeParse({ rule: 'x', days: 1 }).error!, { rule: 'x', days: 1 }).caseId?.code).toBe('required');
  });

  it('names unknown fields, and keeps "__proto__" a plain field name', () => {
    const input = JSON.parse('{"caseId":"6f1b0a52-8d4e-4c1e-9d55-0b7b1a2f7c11","rule":"x","days":1,"__proto__":1,"extra":2}') as unknown;
    const fields = fieldErrors(limitsAgreeInput.safeParse(input).error!, input);
    expect(Object.keys(fields).sort()).toEqual(['__proto__', 'extra']);
    expect(fields.extra?.code).toBe('not_a_field');
  });
});
