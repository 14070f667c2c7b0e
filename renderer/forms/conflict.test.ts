import { describe, expect, it } from 'vitest';
import { conflictRows, keepYours } from './conflict';

const fields = ['title', 'sector', 'thirdParties', 'hsCodes'] as const;
const base = { title: 'Timber verification', sector: '', thirdParties: ['HND'], hsCodes: '4403' };

describe('an edit conflict, field by field', () => {
  it('lists what each side changed, in field order, and where both did', () => {
    const theirs = { ...base, title: 'Timber verification (Annex 18.3.4)', thirdParties: ['HND', 'NIC'] };
    const yours = { ...base, title: 'Timber verification — Loreto', sector: 'Forestry' };
    expect(conflictRows(fields, base, yours, theirs)).toEqual([
      { field: 'title', changedBy: 'both' },
      { field: 'sector', changedBy: 'you' },
      { field: 'thirdParties', changedBy: 'them' },
    ]);
  });

  it('leaves out a field both changed to the same value, and everything when nobody changed anything', () => {
    const same = { ...base, sector: 'Forestry' };
    expect(conflictRows(fields, base, same, same)).toEqual([]);
    expect(conflictRows(fields, base, base, base)).toEqual([]);
  });

  it('compares with the form’s own equality (HS codes as a list, not as typed)', () => {
    const codes = (text: unknown) => String(text).split(/[\s,;]+/).filter(Boolean).join(',');
    const equal = (field: string, a: unknown, b: unknown) => (field === 'hsCodes' ? codes(a) === codes(b) : JSON.stringify(a) === JSON.stringify(b));
    const yours = { ...base, hsCodes: ' 4403;' };
    expect(conflictRows(fields, base, yours, base, equal)).toEqual([]);
  });
});

describe('keeping your changes', () => {
  it('takes your value where you changed a field and theirs everywhere else', () => {
    const theirs = { ...base, title: 'Timber verification (Annex 18.3.4)', thirdParties: ['HND', 'NIC'] };
    const yours = { ...base, title: 'Timber verification — Loreto', sector: 'Forestry' };
    expect(keepYours(fields, base, yours, theirs)).toEqual({
      title: 'Timber verification — Loreto',
      sector: 'Forestry',
      thirdParties: ['HND', 'NIC'],
      hsCodes: '4403',
    });
  });

  it('keeps fields outside the compared ones from the stored record', () => {
    const theirs = { ...base, version: 3 };
    expect(keepYours(fields, base, { ...base, sector: 'Forestry' }, theirs)).toEqual({ ...base, sector: 'Forestry', version: 3 });
  });
});
