// Migration 110 from a file of the version before it: the cases, events and
// history it held are kept as they were, and the meeting tables come in
// empty, STRICT, with their references to bodies, cases and events enforced.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyHistoryChain } from '../history/chain';
import { openDatabase } from '../open';
import { procedureFingerprint } from '../procedure/sync';
import { versionFile, type VersionFile } from '../testing/fixtures';
import { MIGRATIONS } from './index';

const CASE_ID = '6f1c2a52-8d1e-4c55-9d7e-3a1b2c3d4e81';
const EVENT_ID = 'e0000000-0000-4000-8000-000000000081';
const MEETING_ID = 'a0000000-0000-4000-8000-000000000110';
const PREVIOUS = Math.max(...MIGRATIONS.filter((migration) => migration.version < 110).map((migration) => migration.version));
const MEETING_TABLES = ['meetings', 'meeting_attendees', 'agenda_items', 'decisions', 'action_items', 'meeting_case_events'];

let fixture: VersionFile | null = null;
afterEach(() => {
  if (fixture !== null) fs.rmSync(fixture.folder, { recursive: true, force: true });
});

function seedPrevious(db: Database.Database): void {
  db.prepare(
    `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, nte_category,
                        perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
     VALUES (?, 'CAFTA-DR-2026-001', 'cafta-dr', 'dispute', 'Dairy permits', '', 'CRI', 'SLV', '', '', '', NULL, 0, NULL, 'open', '', '2026-01-05',
             'consultations', 8, 0, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z', 2)`,
  ).run(CASE_ID);
  db.prepare(
    "INSERT INTO case_events (id, case_id, type, date, text, scheduled, version, created_at, updated_at) VALUES (?, ?, 'commission_meeting_requested', '2026-02-10', 'Delivered', 0, 1, '2026-02-10T10:00:00.000Z', '2026-02-10T10:00:00.000Z')",
  ).run(EVENT_ID, CASE_ID);
  db.prepare("INSERT INTO settings (key, value) VALUES ('userName', '\"Ana Pérez\"')").run();
  db.prepare("INSERT INTO meta (key, value) VALUES ('procedure_fingerprint', ?)").run(procedureFingerprint());
}

function insertMeeting(db: Database.Database, overrides: Readonly<Record<string, unknown>> = {}): void {
  db.prepare(
    `INSERT INTO meetings (id, agreement, body, number, starts_on, ends_on, place, virtual, status, chair, public_session,
                           created_at, updated_at, version)
     VALUES (@id, @agreement, @body, @number, @startsOn, @endsOn, 'San Salvador', 0, 'held', 'SLV', 0, 't', 't', 1)`,
  ).run({ id: MEETING_ID, agreement: 'cafta-dr', body: 'ftc', number: 1, startsOn: '2026-03-01', endsOn: null, ...overrides });
}

describe(`migration 110 (meetings), from version ${PREVIOUS}`, () => {
  it('keeps the cases, events and history, and adds the meeting tables, STRICT and empty', async () => {
    fixture = versionFile(PREVIOUS, seedPrevious);
    const db = await openDatabase(fixture.file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(110);
      expect(db.prepare('SELECT id, title, version FROM cases').all()).toEqual([{ id: CASE_ID, title: 'Dairy permits', version: 2 }]);
      expect(db.prepare('SELECT id, type, date FROM case_events').all()).toEqual([{ id: EVENT_ID, type: 'commission_meeting_requested', date: '2026-02-10' }]);
      expect(verifyHistoryChain(db)).toMatchObject({ intact: true });
      for (const table of MEETING_TABLES) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
        expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').pluck().get(table), table).toBe(1);
      }
      for (const table of MEETING_TABLES.filter((name) => name !== 'meeting_case_events')) {
        const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(',');
        expect(columns, table).toMatch(/version.*deleted_at|deleted_at.*version/);
        expect(columns, table).toContain('updated_at');
      }
      expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('holds a meeting to a body of its agreement, its dates in order and its children to live records', async () => {
    fixture = versionFile(PREVIOUS, seedPrevious);
    const db = await openDatabase(fixture.file);
    try {
      // The Labor Affairs Council exists under every agreement; "no-such-body" under none.
      expect(() => insertMeeting(db, { body: 'no-such-body' })).toThrow(/FOREIGN KEY/);
      expect(() => insertMeeting(db, { startsOn: '2026-03-02', endsOn: '2026-03-01' })).toThrow(/CHECK/);
      expect(() => insertMeeting(db, { number: 0 })).toThrow(/CHECK/);
      insertMeeting(db, { endsOn: '2026-03-02' });
      const attendee = db.prepare(
        `INSERT INTO meeting_attendees (id, meeting_id, position, name, party, organization, title, role, created_at, updated_at, version)
         VALUES (?, ?, 0, 'Ana', ?, ?, '', '', 't', 't', 1)`,
      );
      // A delegation is a Party or an organization, exactly one.
      expect(() => attendee.run('x1', MEETING_ID, null, '')).toThrow(/CHECK/);
      expect(() => attendee.run('x2', MEETING_ID, 'SLV', 'ILO')).toThrow(/CHECK/);
      attendee.run('x3', MEETING_ID, null, 'ILO');
      attendee.run('x4', MEETING_ID, 'SLV', '');
      const agendaItem = db.prepare(
        `INSERT INTO agenda_items (id, meeting_id, position, title, minutes, case_id, created_at, updated_at, version)
         VALUES (?, ?, 0, 'Dairy permits', '', ?, 't', 't', 1)`,
      );
      expect(() => agendaItem.run('g1', MEETING_ID, '00000000-0000-4000-8000-000000000000')).toThrow(/FOREIGN KEY/);
      agendaItem.run('g2', MEETING_ID, CASE_ID);
      const link = db.prepare('INSERT INTO meeting_case_events (meeting_id, case_id, event_id) VALUES (?, ?, ?)');
      link.run(MEETING_ID, CASE_ID, EVENT_ID);
      expect(() => link.run(MEETING_ID, CASE_ID, EVENT_ID)).toThrow(/UNIQUE|PRIMARY KEY/);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      db.close();
    }
  });
});
