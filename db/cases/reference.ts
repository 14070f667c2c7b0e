// Case references: "<referencePrefix>-<YYYY>-<NNN>", e.g. CAFTA-DR-2026-001,
// numbered per agreement and year of opening. The counter lives in
// case_reference_counters and is bumped by one upsert inside the caller's write
// transaction, so two cases can never draw the same number.
import type Database from 'better-sqlite3';
import type { AgreementId } from '../../shared/domain/agreements';
import { statement } from '../statements';

export function nextCaseReference(db: Database.Database, agreement: AgreementId, openedOn: string): string {
  const prefix = statement(db, 'SELECT reference_prefix FROM agreements WHERE id = ?').pluck().get(agreement) as string | undefined;
  if (prefix === undefined) throw new Error(`Agreement ${agreement} is missing from the reference tables`);
  const year = Number(openedOn.slice(0, 4));
  const bump = statement(
    db,
    `INSERT INTO case_reference_counters (agreement, year, last) VALUES (?, ?, 1)
     ON CONFLICT (agreement, year) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).pluck();
  const taken = statement(db, 'SELECT 1 FROM cases WHERE reference = ?');
  // A reference is never reused; skip any number already on a case (the
  // counter and the cases can only disagree if a file was edited by hand).
  for (;;) {
    const number = bump.get(agreement, year) as number;
    const reference = `${prefix}-${String(year).padStart(4, '0')}-${String(number).padStart(3, '0')}`;
    if (taken.get(reference) === undefined) return reference;
  }
}
