// The dashboard reads counts that triggers keep (limit_counts, migration 70,
// for deadlines.upcoming; case_list_counts, migration 60, for
// dashboard.summary). Whatever sequence of writes came before, they must equal
// a count of the rows themselves (fast-check, seeded).
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, type AgreementId } from '../../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '../../shared/cases/domain';
import { EVENT_TYPES, type EventType } from '../../shared/events/domain';
import { syncProcedureLimits } from '../procedure/sync';
import { caseInput, openTestDatabase, type TestDatabase } from '../testing/testDatabase';

type Write =
  | Readonly<{ write: 'create'; agreement: AgreementId; kind: CaseKind; status: CaseStatus; perishable: boolean }>
  | Readonly<{ write: 'status'; index: number; status: CaseStatus }>
  | Readonly<{ write: 'add'; index: number; type: EventType; date: string }>
  | Readonly<{ write: 'move'; index: number; date: string }>
  | Readonly<{ write: 'remove'; index: number }>
  | Readonly<{ write: 'agree'; index: number; days: number }>;

const dates = fc.constantFrom('2025-09-01', '2025-12-20', '2026-02-01', '2026-02-24', '2026-03-05', '2026-03-10');
const index = fc.nat(50);
// Mostly the steps that start and meet the limits the dashboard shows.
const types = fc.oneof(
  {
    arbitrary: fc.constantFrom<EventType>('consultations_requested', 'consultations_held', 'commission_meeting_requested', 'panel_requested', 'submission_filed'),
    weight: 4,
  },
  { arbitrary: fc.constantFrom(...EVENT_TYPES), weight: 1 },
);
const creates = fc.record({
  write: fc.constant('create' as const),
  agreement: fc.constantFrom(...AGREEMENT_IDS),
  // Mostly disputes, whose steps run the most limits.
  kind: fc.oneof({ arbitrary: fc.constant<CaseKind>('dispute'), weight: 3 }, { arbitrary: fc.constantFrom(...CASE_KINDS), weight: 1 }),
  status: fc.constantFrom<CaseStatus>('open', 'open', 'suspended', 'closed'),
  perishable: fc.boolean(),
});
const writes: fc.Arbitrary<Write> = fc.oneof(
  { arbitrary: creates, weight: 2 },
  { arbitrary: fc.record({ write: fc.constant('status' as const), index, status: fc.constantFrom(...CASE_STATUSES) }), weight: 2 },
  { arbitrary: fc.record({ write: fc.constant('add' as const), index, type: types, date: dates }), weight: 6 },
  { arbitrary: fc.record({ write: fc.constant('move' as const), index, date: dates }), weight: 2 },
  { arbitrary: fc.record({ write: fc.constant('remove' as const), index }), weight: 1 },
  { arbitrary: fc.record({ write: fc.constant('agree' as const), index, days: fc.integer({ min: 1, max: 120 }) }), weight: 1 },
);

function at<T>(items: readonly T[], position: number): T | undefined {
  return items.length === 0 ? undefined : items[position % items.length];
}

/**
 * Applies a write through dispatch; refusals (a step of another kind of case,
 * a period no article allows, an event already removed) change nothing.
 */
function apply(test: TestDatabase, write: Write): void {
  const cases = test.db.prepare('SELECT id FROM cases ORDER BY seq').pluck().all() as string[];
  const events = test.db.prepare('SELECT id FROM case_events ORDER BY rowid').pluck().all() as string[];
  switch (write.write) {
    case 'create': {
      const parties = AGREEMENT_PARTIES[write.agreement];
      const party = (position: number) => parties[position] as (typeof parties)[number];
      // An environment submission is filed by a person, not a Party (Art. 17.7 / 18.8).
      const submission = write.kind === 'environment_submission';
      test.call('cases.create', {
        agreement: write.agreement,
        kind: write.kind,
        title: `Matter ${cases.length + 1}`,
        complainant: submission ? null : party(0),
        respondent: party(1),
        submitter: submission ? 'Asociación Costa Verde' : '',
        status: write.status,
        perishable: write.perishable && write.kind === 'dispute',
      });
      return;
    }
    case 'status': {
      const id = at(cases, write.index);
      if (id === undefined) return;
      const { version } = test.call('cases.get', { id }).case;
      test.call('cases.update', { id, version, status: write.status });
      return;
    }
    case 'add': {
      const caseId = at(cases, write.index);
      if (caseId !== undefined) test.dispatch('events.add', { caseId, type: write.type, date: write.date });
      return;
    }
    case 'move': {
      const id = at(events, write.index);
      if (id !== undefined) test.dispatch('events.update', { id, date: write.date });
      return;
    }
    case 'remove': {
      const id = at(events, write.index);
      if (id !== undefined) test.dispatch('events.remove', { id });
      return;
    }
    case 'agree': {
      const caseId = at(cases, write.index);
      if (caseId === undefined) return;
      const agreement = test.call('cases.get', { id: caseId }).case.agreement;
      test.dispatch('limits.agree', { caseId, rule: `${agreement}.commission-request`, days: write.days });
      return;
    }
    default: {
      const unreachable: never = write;
      throw new Error(`Unknown write ${String(unreachable)}`);
    }
  }
}

function expectCountsTrue(db: Database.Database): void {
  const stored = db.prepare('SELECT kind, date, rule, count FROM limit_counts ORDER BY kind, date, rule').all();
  const recounted = db
    .prepare(
      `SELECT kind, date, rule, count(*) AS count FROM case_limits
        WHERE resolution = 'pending' AND case_open = 1 GROUP BY kind, date, rule ORDER BY kind, date, rule`,
    )
    .all();
  expect(stored).toEqual(recounted);
}

function expectSummaryTrue(test: TestDatabase): void {
  const summary = test.call('dashboard.summary', {});
  const recounted = test.db
    .prepare('SELECT agreement, status, count(*) AS count FROM cases WHERE deleted_at IS NULL GROUP BY agreement, status')
    .all() as { agreement: string; status: string; count: number }[];
  const key = (row: { agreement: string; status: string }) => `${row.agreement}/${row.status}`;
  expect([...summary.counts].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(recounted.sort((a, b) => key(a).localeCompare(key(b))));
  expect(summary.total).toBe(recounted.reduce((sum, row) => sum + row.count, 0));
}

describe('the dashboard’s kept counts', () => {
  let test: TestDatabase | null = null;
  afterEach(() => {
    test?.close();
    test = null;
  });

  it('equal a recount after any sequence of writes through dispatch', async () => {
    let mostCounted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(creates, { minLength: 1, maxLength: 4 }), fc.array(writes, { minLength: 15, maxLength: 40 }), async (first, then) => {
        const opened = await openTestDatabase();
        try {
          for (const write of [...first, ...then]) {
            apply(opened, write);
            expectCountsTrue(opened.db);
            expectSummaryTrue(opened);
            mostCounted = Math.max(mostCounted, opened.db.prepare('SELECT coalesce(sum(count), 0) FROM limit_counts').pluck().get() as number);
          }
        } finally {
          opened.close();
        }
      }),
      { seed: 70, numRuns: 12 },
    );
    // The sequences did write limits to count: the comparison was not of two empty tables.
    expect(mostCounted).toBeGreaterThan(5);
  });

  it('equal a recount after a recomputation under new rules, and after direct updates and deletes', async () => {
    test = await openTestDatabase();
    for (const [index, requested] of ['2025-10-01', '2025-12-15', '2026-02-20', '2026-03-08'].entries()) {
      for (const status of ['open', 'suspended'] as const) {
        const created = test.call('cases.create', caseInput({ title: `Dispute ${index} (${status})`, perishable: index % 2 === 0, status }));
        test.call('events.add', { caseId: created.id, type: 'consultations_requested', date: requested });
      }
    }
    const db = test.db;
    expect(db.prepare('SELECT count(*) FROM limit_counts').pluck().get()).toBeGreaterThan(3);
    expectCountsTrue(db);
    expectSummaryTrue(test);
    // New rules: every case recomputed (db/procedure/sync.ts), every limit deleted and written again.
    expect(syncProcedureLimits(db, 'rules of a later version')).toBe(8);
    expectCountsTrue(db);
    // A migration that edits limits in place (as migration 50 set case_open) goes through the update trigger.
    db.prepare('UPDATE case_limits SET case_open = 0 WHERE case_id = (SELECT case_id FROM case_limits WHERE case_open = 1 LIMIT 1)').run();
    expectCountsTrue(db);
    db.prepare("UPDATE case_limits SET resolution = 'met' WHERE kind = 'deadline' AND date < '2026-01-01'").run();
    db.prepare("UPDATE case_limits SET date = '2026-12-31' WHERE kind = 'opening'").run();
    expectCountsTrue(db);
    db.prepare("UPDATE case_limits SET case_open = 1, resolution = 'pending'").run();
    expectCountsTrue(db);
    db.prepare('DELETE FROM case_limits WHERE position % 2 = 0').run();
    expectCountsTrue(db);
    db.prepare('DELETE FROM case_limits').run();
    expect(db.prepare('SELECT count(*) FROM limit_counts').pluck().get()).toBe(0);
  });
});
