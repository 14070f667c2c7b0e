// A large synthetic casebook for the benchmark: 100,000 cases over twenty
// years, a third of them with dated events, written in ONE transaction
// through the data layer's own insert and procedure code (not dispatch, whose
// per-call transaction and fsync would make building take minutes).
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AGREEMENT_PARTIES, type AgreementId, type PartyCode } from '../shared/domain/agreements';
import type { CaseKind, CaseStatus } from '../shared/cases/domain';
import type { EventType } from '../shared/events/domain';
import { addCalendarDays } from '../shared/procedure/calendar';
import { computeProcedure } from '../shared/procedure/engine';
import { nextCaseReference } from '../db/cases/reference';
import { insertCase } from '../db/cases/queries';
import { insertEvent } from '../db/events/queries';
import { writeProcedure } from '../db/procedure/queries';

const WORDS = [
  'dairy', 'avocado', 'sugar', 'coffee', 'banana', 'textiles', 'apparel', 'poultry', 'rice', 'shrimp', 'customs', 'valuation',
  'licensing', 'labelling', 'permits', 'quotas', 'tariff', 'safeguard', 'sanitary', 'phytosanitary', 'procurement', 'services',
  'telecommunications', 'patents', 'labor', 'environment', 'forestry', 'fisheries', 'origin', 'certificates', 'subsidies',
  'inspection', 'ports', 'transit', 'standards', 'measures', 'importación', 'exportación', 'azúcar', 'café', 'aduanas',
];
const OFFICERS = ['Ana Pérez', 'Luis Gómez', 'María Solís', 'John Carter', 'Rosa Méndez', 'Carlos Ruiz', 'Emily Chen', ''];
const HS_CODES = ['0804', '0901', '1701', '0306', '5208', '6109', '8471', '030617'];
const SECTORS = ['Agriculture', 'Fisheries', 'Manufacturing', 'Textiles', 'Services', 'Mining', 'Energy', 'Telecommunications'];
/** Typical histories, each a list of (event type, days after the previous step). */
const HISTORIES: readonly (readonly [EventType, number][])[] = [
  [['consultations_requested', 5]],
  [['consultations_requested', 3], ['consultations_held', 40]],
  [['consultations_requested', 2], ['commission_meeting_requested', 65]],
  [['consultations_requested', 2], ['commission_meeting_requested', 65], ['panel_requested', 35]],
  [['labor_consultations_requested', 10], ['labor_council_convened', 70]],
  [['environment_consultations_requested', 10]],
  [['note', 1]],
];

export type Dataset = Readonly<{ cases: number; events: number; ids: readonly string[]; milliseconds: number }>;

export function random(seed: number): () => number {
  let state = seed; // mulberry32: the same data set on every run
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildDataset(db: Database.Database, count: number, today: string): Dataset {
  const started = performance.now();
  const next = random(2026);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let roll = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((roll -= weight) <= 0) return item;
    return items[0]?.[0] as T;
  };
  const ids: string[] = [];
  let events = 0;
  const touch = db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');
  // One transaction of ~300 MB: with the app's 64 MiB cache SQLite would spill
  // dirty pages to the WAL and read them back for every random index insert.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -1048576');
  db.transaction(() => {
    // Index the text once at the end ('rebuild') rather than row by row: the
    // same index, built several times faster. The trigger is restored from its
    // own stored SQL, so the schema stays exactly the migration's.
    const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'cases_fts_insert'").pluck().get() as string;
    db.exec('DROP TRIGGER cases_fts_insert');
    for (let index = 0; index < count; index += 1) {
      const agreement = weighted<AgreementId>([['cafta-dr', 2], ['us-colombia-tpa', 1], ['us-peru-tpa', 1]]);
      const parties = [...AGREEMENT_PARTIES[agreement]].sort(() => next() - 0.5) as PartyCode[];
      const kind = weighted<CaseKind>([['dispute', 5], ['labor_consultation', 2], ['environment_consultation', 2], ['committee_matter', 1]]);
      const status = weighted<CaseStatus>([['open', 3], ['suspended', 1], ['resolved', 2], ['withdrawn', 1], ['closed', 3]]);
      // Recent cases are the open ones; the long tail goes back twenty years.
      const age = Math.floor((status === 'open' ? next() * 400 : next() * 7300) + 1);
      const openedOn = addCalendarDays(today, -age);
      const id = randomUUID();
      const createdAt = `${openedOn}T12:00:00.000Z`;
      const fields = {
        agreement,
        kind,
        title: `${choose(WORDS)} ${choose(WORDS)} ${choose(WORDS)}`.replace(/^./, (letter) => letter.toUpperCase()),
        summary: Array.from({ length: 12 }, () => choose(WORDS)).join(' '),
        complainant: parties[0] as PartyCode,
        respondent: parties[1] as PartyCode,
        submitter: '',
        thirdParties: parties.length > 2 && next() < 0.3 ? [parties[2] as PartyCode] : [],
        measure: `${choose(WORDS)} ${choose(WORDS)} measure`,
        sector: choose(SECTORS),
        hsCodes: next() < 0.4 ? [choose(HS_CODES)] : [],
        nteCategory: null,
        perishable: next() < 0.2,
        claims: [],
        reconveneGrounds: null,
        status,
        leadOfficer: choose(OFFICERS),
        openedOn,
      };
      insertCase(db, { ...fields, id, reference: nextCaseReference(db, agreement, openedOn), stage: 'not_started', createdAt, sample: false });
      const history = next() < 0.35 ? choose(HISTORIES) : [];
      let date = openedOn;
      const recorded = history.map(([type, days]) => {
        date = addCalendarDays(date, days);
        const event = { id: randomUUID(), caseId: id, type, date, text: '', scheduled: false, version: 1, createdAt, updatedAt: createdAt };
        insertEvent(db, event);
        return event;
      });
      events += recorded.length;
      writeProcedure(db, id, computeProcedure({ agreement, kind, perishable: fields.perishable, status, events: recorded }));
      touch.run(`${date}T12:00:00.000Z`, id);
      ids.push(id);
    }
    db.exec(trigger);
    db.exec("INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')");
  }).immediate();
  db.pragma(`cache_size = ${cacheSize}`);
  // Start the measurements from a checkpointed file, as after a restart.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { cases: count, events, ids, milliseconds: performance.now() - started };
}
