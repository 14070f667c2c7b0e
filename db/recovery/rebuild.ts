// Cases lost to a damaged page, rebuilt from the history (issue 7 §1). Every
// change to a case writes its whole record into audit_log (`after`; `before`
// for a move to the Trash), and cases are never deleted: a case the history
// knows but the salvaged cases table does not was lost to the damage. It is
// written back as its newest history entry recorded it — only when that
// entry's own hash verifies (db/history/chain.ts), so an entry altered on
// disk never becomes data — and then its events, claims, HS codes, limits and
// meeting links, read from their own pages, are no longer left without their
// case. An older entry is never used instead of a newest one that fails.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { STAGES, type Stage } from '../../shared/domain/stages';
import { CHAINED_COLUMNS, entryHash, type ChainedRow } from '../history/chain';

/** The tables a case's record fills: the cases row, and the lists it holds. */
export const REBUILT_TABLES = ['cases', 'case_third_parties', 'case_hs_codes', 'case_claims'] as const;
export type RebuiltTable = (typeof REBUILT_TABLES)[number];

/**
 * A case record as the history stores it (shared/cases/domain.ts CaseRecord).
 * Fields added by later versions default as their migrations filled them, so
 * an entry written by an earlier version still rebuilds its case.
 */
const storedCase = z.object({
  id: z.string(),
  reference: z.string(),
  agreement: z.string(),
  kind: z.string(),
  title: z.string(),
  summary: z.string(),
  complainant: z.string().nullable(),
  respondent: z.string(),
  thirdParties: z.array(z.string()).default([]),
  submitter: z.string().default(''),
  measure: z.string(),
  sector: z.string(),
  hsCodes: z.array(z.string()).default([]),
  nteCategory: z.string().nullable().default(null),
  perishable: z.boolean(),
  claims: z.array(z.object({ provision: z.string(), finding: z.string() })).default([]),
  reconveneGrounds: z.string().nullable().default(null),
  status: z.string(),
  leadOfficer: z.string(),
  openedOn: z.string(),
  stage: z.string(),
  sample: z.boolean().default(false),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int().min(1),
});

/** The newest entry of a lost case, and when something in the case (an event, an agreed period) last changed it. */
type Entry = ChainedRow & { hash: string; touchedAt: string | null };

/**
 * Writes back into `fresh` (foreign keys off, inside the salvage's
 * transaction) every case its history knows and its cases table lacks.
 * Answers the rows written per table; a case whose newest entry does not
 * verify or does not fit the schema stays lost (its rows are then counted
 * as dropped by the salvage, as before).
 */
export function rebuildLostCases(fresh: Database.Database): ReadonlyMap<string, number> {
  const rebuilt = new Map<RebuiltTable, number>(REBUILT_TABLES.map((table) => [table, 0]));
  const newest = fresh
    .prepare(
      `SELECT ${CHAINED_COLUMNS}, hash,
              (SELECT max(at) FROM audit_log AS child WHERE child.parent_type = 'case' AND child.parent_id = entry.subject_id) AS touchedAt
         FROM audit_log AS entry
        WHERE subject_type = 'case'
          AND NOT EXISTS (SELECT 1 FROM cases WHERE cases.id = entry.subject_id)
          AND id = (SELECT max(id) FROM audit_log AS later WHERE later.subject_type = 'case' AND later.subject_id = entry.subject_id)
        ORDER BY id`,
    )
    .all() as Entry[];
  for (const entry of newest) {
    if (entryHash(entry) !== entry.hash) continue;
    const record = recordOf(entry);
    if (record === null) continue;
    const save = `rebuild_${entry.id}`;
    fresh.exec(`SAVEPOINT ${save}`);
    try {
      for (const [table, rows] of writeCase(fresh, record, entry)) rebuilt.set(table, (rebuilt.get(table) ?? 0) + rows);
      fresh.exec(`RELEASE ${save}`);
    } catch {
      // A value the schema refuses (an agreement this version no longer knows): the case stays lost.
      fresh.exec(`ROLLBACK TO ${save}`);
      fresh.exec(`RELEASE ${save}`);
    }
  }
  return rebuilt;
}

/** The record an entry holds: `after`, or for a move to the Trash the record as it was moved (`before`). */
function recordOf(entry: Entry): z.infer<typeof storedCase> | null {
  const text = entry.action === 'remove' ? entry.before : entry.after;
  if (text === null || entry.subjectType !== 'case') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = storedCase.safeParse(json);
  return parsed.success && parsed.data.id === entry.subjectId ? parsed.data : null;
}

function writeCase(fresh: Database.Database, record: z.infer<typeof storedCase>, entry: Entry): Map<RebuiltTable, number> {
  // A move to the Trash stamped the case as the write path does (db/changes.ts): one version more, changed then.
  const removed = entry.action === 'remove';
  const stamped = removed ? entry.at : record.updatedAt;
  // Adding an event changes the case's updated_at without a case entry of its own.
  const updatedAt = entry.touchedAt !== null && entry.touchedAt > stamped ? entry.touchedAt : stamped;
  fresh
    .prepare(
      `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector,
                          nte_category, perishable, reconvene_grounds, status, lead_officer, opened_on, stage, stage_order,
                          sample, created_at, updated_at, version, deleted_at)
       VALUES (@id, @reference, @agreement, @kind, @title, @summary, @complainant, @respondent, @submitter, @measure, @sector,
               @nteCategory, @perishable, @reconveneGrounds, @status, @leadOfficer, @openedOn, @stage, @stageOrder,
               @sample, @createdAt, @updatedAt, @version, @removedAt)`,
    )
    .run({
      id: record.id,
      reference: record.reference,
      agreement: record.agreement,
      kind: record.kind,
      title: record.title,
      summary: record.summary,
      // Stored as '' when there is none (db/cases/queries.ts).
      complainant: record.complainant ?? '',
      respondent: record.respondent,
      submitter: record.submitter,
      measure: record.measure,
      sector: record.sector,
      nteCategory: record.nteCategory,
      perishable: record.perishable ? 1 : 0,
      reconveneGrounds: record.reconveneGrounds,
      status: record.status,
      leadOfficer: record.leadOfficer,
      openedOn: record.openedOn,
      stage: record.stage,
      // Recomputed with the limits once the salvage is copied (syncProcedureLimits).
      stageOrder: Math.max(0, STAGES.indexOf(record.stage as Stage)),
      sample: record.sample ? 1 : 0,
      createdAt: record.createdAt,
      updatedAt,
      version: removed ? record.version + 1 : record.version,
      removedAt: removed ? entry.at : null,
    });
  // The lists change only with the case itself, so the record's lists are the
  // newest: a row still read from its own page is kept, a lost one filled in.
  const written = new Map<RebuiltTable, number>([['cases', 1]]);
  const party = fresh.prepare('INSERT OR IGNORE INTO case_third_parties (case_id, position, party) VALUES (?, ?, ?)');
  written.set('case_third_parties', record.thirdParties.reduce((sum, code, position) => sum + party.run(record.id, position, code).changes, 0));
  const hsCode = fresh.prepare('INSERT OR IGNORE INTO case_hs_codes (case_id, position, code) VALUES (?, ?, ?)');
  written.set('case_hs_codes', record.hsCodes.reduce((sum, code, position) => sum + hsCode.run(record.id, position, code).changes, 0));
  const claim = fresh.prepare('INSERT OR IGNORE INTO case_claims (case_id, position, provision, finding) VALUES (?, ?, ?, ?)');
  written.set('case_claims', record.claims.reduce((sum, entry, position) => sum + claim.run(record.id, position, entry.provision, entry.finding).changes, 0));
  return written;
}
