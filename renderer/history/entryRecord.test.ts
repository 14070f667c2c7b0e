import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/history/domain';
import { caseNamesIn, entryRecord, unnamedCases } from './entryRecord';

function entry(fields: Partial<AuditEntry> & Pick<AuditEntry, 'subject'>): AuditEntry {
  return { id: 1, at: '2026-12-03T09:00:00.000Z', actor: 'Ana', account: 'ana', device: '', deviceId: '', action: 'update', parent: null, before: null, after: null, ...fields };
}

describe('entryRecord', () => {
  it('links a case to itself, an event or agreed period to its case, and the settings to Settings', () => {
    expect(entryRecord(entry({ subject: { type: 'case', id: 'c1' } }))).toEqual({ type: 'case', caseId: 'c1' });
    expect(entryRecord(entry({ subject: { type: 'event', id: 'e1' }, parent: { type: 'case', id: 'c1' } }))).toEqual({ type: 'case', caseId: 'c1' });
    expect(entryRecord(entry({ subject: { type: 'settings', id: 'settings' } }))).toEqual({ type: 'settings' });
  });

  it('links a meeting to itself and the records it holds to their meeting', () => {
    expect(entryRecord(entry({ subject: { type: 'meeting', id: 'm1' } }))).toEqual({ type: 'meeting', meetingId: 'm1' });
    expect(entryRecord(entry({ subject: { type: 'agenda_item', id: 'a1' }, parent: { type: 'meeting', id: 'm1' } }))).toEqual({ type: 'meeting', meetingId: 'm1' });
    expect(entryRecord(entry({ subject: { type: 'action_item', id: 'x1' } }))).toBeNull();
  });

  it('finds the case of an entry without a parent from its snapshot or its id', () => {
    expect(entryRecord(entry({ subject: { type: 'event', id: 'e1' }, action: 'remove', before: { caseId: 'c2' } }))).toEqual({ type: 'case', caseId: 'c2' });
    expect(entryRecord(entry({ subject: { type: 'limit_agreement', id: 'c3:cafta-dr.panel-request' } }))).toEqual({ type: 'case', caseId: 'c3' });
    expect(entryRecord(entry({ subject: { type: 'event', id: 'e9' } }))).toBeNull();
  });
});

describe('case names', () => {
  const entries = [
    entry({ id: 4, subject: { type: 'event', id: 'e1' }, parent: { type: 'case', id: 'c1' } }),
    entry({ id: 3, subject: { type: 'case', id: 'c1' }, after: { reference: 'CAFTA-DR-2026-001', title: 'New title' } }),
    entry({ id: 2, subject: { type: 'case', id: 'c1' }, after: { reference: 'CAFTA-DR-2026-001', title: 'Old title' } }),
    entry({ id: 1, subject: { type: 'limit_agreement', id: 'c2:x' }, parent: { type: 'case', id: 'c2' } }),
    entry({ id: 0, subject: { type: 'event', id: 'e2' }, parent: { type: 'case', id: 'c2' } }),
  ];

  it('come from the newest snapshot of each case in the list', () => {
    expect([...caseNamesIn(entries)]).toEqual([['c1', { reference: 'CAFTA-DR-2026-001', title: 'New title' }]]);
  });

  it('are looked up once for each case the list only links to', () => {
    const known = caseNamesIn(entries);
    expect(unnamedCases(entries, (caseId) => known.has(caseId))).toEqual(['c2']);
  });
});
