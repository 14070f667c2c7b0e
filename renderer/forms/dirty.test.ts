import { describe, expect, it } from 'vitest';
import { changedFields, isDirty, sameValue } from './dirty';

describe('dirty detection', () => {
  const initial = { title: 'Timber', thirdParties: ['HND', 'NIC'], claims: [{ provision: '20.2', finding: 'pending' }], perishable: false };

  it('is clean for a copy of the values, whatever the key order or identity', () => {
    const copy = { perishable: false, claims: [{ finding: 'pending', provision: '20.2' }], thirdParties: ['HND', 'NIC'], title: 'Timber' };
    expect(isDirty(initial, copy)).toBe(false);
  });

  it('names each changed field, nested ones included', () => {
    expect(changedFields(initial, { ...initial, title: 'Timber verification' })).toEqual(['title']);
    expect(changedFields(initial, { ...initial, thirdParties: ['NIC', 'HND'] })).toEqual(['thirdParties']);
    expect(changedFields(initial, { ...initial, claims: [{ provision: '20.2', finding: 'breach' }], perishable: true })).toEqual(['claims', 'perishable']);
  });

  it('is dirty again after text typed and is clean once it is typed back', () => {
    expect(isDirty({ text: '' }, { text: 'a' })).toBe(true);
    expect(isDirty({ text: '' }, { text: '' })).toBe(false);
  });

  it('tells an empty string, null, zero and false apart', () => {
    expect(sameValue('', null)).toBe(false);
    expect(sameValue(0, false)).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });
});
