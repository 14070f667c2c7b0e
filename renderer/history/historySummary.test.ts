import { describe, expect, it } from 'vitest';
import { changedFields, snapshotString } from './historySummary';

describe('changedFields', () => {
  it('lists changed fields and skips bookkeeping', () => {
    const before = { id: 'a', title: 'Old', thirdParties: ['CRI'], version: 1, updatedAt: 'x', perishable: false };
    const after = { id: 'a', title: 'New', thirdParties: ['CRI'], version: 2, updatedAt: 'y', perishable: true };
    expect(changedFields(before, after)).toEqual([
      { field: 'title', before: 'Old', after: 'New' },
      { field: 'perishable', before: false, after: true },
    ]);
  });

  it('treats a missing snapshot as no fields', () => {
    expect(changedFields(null, { date: '2025-03-03' })).toEqual([{ field: 'date', before: undefined, after: '2025-03-03' }]);
    expect(changedFields('junk', [1, 2])).toEqual([]);
  });
});

describe('snapshotString', () => {
  it('reads only strings', () => {
    expect(snapshotString({ type: 'note', n: 1 }, 'type')).toBe('note');
    expect(snapshotString({ type: 'note', n: 1 }, 'n')).toBeNull();
    expect(snapshotString(undefined, 'type')).toBeNull();
  });
});
