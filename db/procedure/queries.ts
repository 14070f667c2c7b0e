// The stage and time limits of a case, computed by shared/procedure from its
// events and stored (cases.stage…, case_limits) so lists and the deadline view
// can sort and filter them in SQL. Recomputed in the same transaction as every
// change to a case or its events.
import type Database from 'better-sqlite3';
import type { AgreementId } from '../../shared/domain/agreements';
import type { CaseKind, CaseStatus, ReconveneGrounds } from '../../shared/cases/domain';
import type { EventType } from '../../shared/events/domain';
import type { TimeLimit } from '../../shared/domain/limits';
import type { Stage } from '../../shared/domain/stages';
import { computeProcedure, type ProcedureInput, type ProcedureResult } from '../../shared/procedure/engine';
import { isWindow } from '../../shared/procedure/status';
import { statement } from '../statements';
import { readClaims, stageOrder } from '../cases/queries';
import { readLimitAgreements } from '../limits/agreements';

type ProcedureFacts = {
  agreement: AgreementId;
  kind: CaseKind;
  perishable: 0 | 1;
  status: CaseStatus;
  reconveneGrounds: ReconveneGrounds | null;
};

/** Everything the engine needs about one case, read in the caller's transaction. */
export function readProcedureInput(db: Database.Database, caseId: string): ProcedureInput {
  const facts = statement(
    db,
    'SELECT agreement, kind, perishable, status, reconvene_grounds AS reconveneGrounds FROM cases WHERE id = ?',
  ).get(caseId) as ProcedureFacts | undefined;
  if (facts === undefined) throw new Error(`Case ${caseId} vanished inside its own transaction`);
  // Recorded order breaks ties between events of one day; the engine keeps it.
  const events = (
    statement(db, 'SELECT id, type, date, scheduled FROM case_events WHERE case_id = ? AND deleted_at IS NULL ORDER BY date, created_at, rowid').all(caseId) as {
      id: string;
      type: EventType;
      date: string;
      scheduled: 0 | 1;
    }[]
  ).map((event) => ({ ...event, scheduled: event.scheduled === 1 }));
  return {
    ...facts,
    perishable: facts.perishable === 1,
    events,
    claims: readClaims(db, caseId),
    agreements: readLimitAgreements(db, caseId),
  };
}

/** Recomputes and stores the stage and limits of one case; returns the stage. */
export function refreshCaseProcedure(db: Database.Database, caseId: string): Stage {
  const result = computeProcedure(readProcedureInput(db, caseId));
  writeProcedure(db, caseId, result);
  return result.stage;
}

export function writeProcedure(db: Database.Database, caseId: string, result: ProcedureResult): void {
  statement(db, 'DELETE FROM case_limits WHERE case_id = ?').run(caseId);
  // Copied onto each limit so the dashboard never visits the cases (migration 50);
  // a case in the Trash has no limit running.
  const open = statement(db, "SELECT status = 'open' AND deleted_at IS NULL FROM cases WHERE id = ?").pluck().get(caseId) === 1 ? 1 : 0;
  const insert = statement(
    db,
    'INSERT INTO case_limits (case_id, position, rule, kind, date, resolution, detail, case_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  result.limits.forEach((limit, position) =>
    insert.run(caseId, position, limit.rule, limit.kind, limit.date, limit.resolution, JSON.stringify(limit), open),
  );
  const next = nearestPending(result.limits);
  statement(db, 'UPDATE cases SET stage = ?, stage_order = ?, next_limit_date = ?, next_limit_rule = ? WHERE id = ?').run(
    result.stage,
    stageOrder(result.stage),
    next?.date ?? null,
    next?.rule ?? null,
    caseId,
  );
}

/**
 * The case's next time limit for the cases table: the pending limit with the
 * earliest date (the first listed among equals). Windows in which a Party
 * merely may act are left out: one that passes unused lapses rather than
 * falling overdue (shared/procedure/status.ts), which a stored value cannot
 * follow day by day, so it would linger as the "next" limit of a case.
 * deadlines.upcoming and cases.get still show windows while they are open.
 */
export function nearestPending(limits: readonly TimeLimit[]): TimeLimit | null {
  let nearest: TimeLimit | null = null;
  for (const limit of limits) {
    if (limit.resolution !== 'pending' || isWindow(limit)) continue;
    if (nearest === null || limit.date < nearest.date) nearest = limit;
  }
  return nearest;
}

export function readLimits(db: Database.Database, caseId: string): TimeLimit[] {
  const details = statement(db, 'SELECT detail FROM case_limits WHERE case_id = ? ORDER BY position').pluck().all(caseId) as string[];
  return details.map((detail) => JSON.parse(detail) as TimeLimit);
}
