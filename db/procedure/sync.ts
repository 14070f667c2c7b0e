// Stored stages and limits (case_limits) are only as right as the rules that
// computed them. When a new version of the app ships different rules (a fixed
// article, a corrected period), every case must be recomputed, or the cases
// table would keep showing the old deadlines. Rather than rely on someone
// remembering to bump a constant, openDatabase fingerprints the rule data and
// the engine's answers for a fixed set of probe cases, and recomputes all
// cases when the fingerprint differs from the one stored in meta.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AGREEMENT_IDS } from '../../shared/domain/agreements';
import { CASE_KINDS } from '../../shared/cases/domain';
import { EVENT_TYPES } from '../../shared/events/domain';
import { STAGES } from '../../shared/domain/stages';
import { computeProcedure } from '../../shared/procedure/engine';
import { ALL_RULES } from '../../shared/procedure/rules/registry';
import { refreshCaseProcedure } from './queries';

const FINGERPRINT_KEY = 'procedure_fingerprint';
const DAY_MS = 86_400_000;

export function procedureFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(STAGES));
  // The rules are data: any change of a period, article, title or trigger shows here.
  hash.update(JSON.stringify(ALL_RULES));
  // The engine is code: a few probe cases catch a change in how it applies the
  // rules (kept small, it runs on every open). Every event type once, ten days
  // apart, in list order (which follows the procedure).
  const start = Date.UTC(2020, 0, 1);
  const events = EVENT_TYPES.map((type, index) => ({
    id: `probe-${index}`,
    type,
    date: new Date(start + index * 10 * DAY_MS).toISOString().slice(0, 10),
  }));
  for (const agreement of AGREEMENT_IDS) {
    for (const kind of CASE_KINDS) {
      for (const perishable of kind === 'dispute' ? [false, true] : [false]) {
        hash.update(JSON.stringify(computeProcedure({ agreement, kind, perishable, status: 'open', events })));
      }
    }
  }
  return hash.digest('hex');
}

/** Recomputes every case when the rules changed since the file was last opened. */
export function syncProcedureLimits(db: Database.Database, fingerprint: string = procedureFingerprint()): number {
  return db
    .transaction(() => {
      const stored = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(FINGERPRINT_KEY) as string | undefined;
      if (stored === fingerprint) return 0;
      const ids = db.prepare('SELECT id FROM cases ORDER BY seq').pluck().all() as string[];
      for (const id of ids) refreshCaseProcedure(db, id);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
        FINGERPRINT_KEY,
        fingerprint,
      );
      return ids.length;
    })
    .immediate();
}
