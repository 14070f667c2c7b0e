// Model-based test (fast-check commands, seeded): random sequences of API calls
// against a real database and a small model of what it must hold. After every
// sequence the file must pass integrity_check, foreign_key_check and the FTS
// index check, and every stored stage and limit must equal a fresh computation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, type AgreementId } from '../shared/domain/agreements';
import { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '../shared/cases/domain';
import { EVENT_TYPES, eventTypesFor, type EventType } from '../shared/events/domain';
import { STAGES } from '../shared/domain/stages';
import { computeProcedure } from '../shared/procedure/engine';
import { SAMPLE_CASEBOOK } from './demo/casebook';
import { SAMPLE_MEETINGS } from './meetings/sampleMeetings';
import { nearestPending, readLimits } from './procedure/queries';
import { openTestDatabase, rowCount, type TestDatabase } from './testing/testDatabase';

type Model = {
  cases: { id: string; version: number; reference: string }[];
  events: { id: string; caseId: string }[];
  demoLoaded: boolean;
  audits: number;
};
type Real = TestDatabase;
type Command = fc.Command<Model, Real>;

const dates = fc.constantFrom('2025-11-30', '2026-01-15', '2026-02-01', '2026-02-28', '2026-03-10', '2026-04-01');

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

class CreateCase implements Command {
  constructor(
    readonly agreement: AgreementId,
    readonly partyShift: number,
    readonly kind: CaseKind,
    readonly status: CaseStatus,
    readonly perishable: boolean,
    readonly openedOn: string,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const parties = AGREEMENT_PARTIES[this.agreement];
    const at = (offset: number) => parties[(this.partyShift + offset) % parties.length] as (typeof parties)[number];
    // An environment submission is filed by a person, not a Party (Art. 17.7 / 18.8).
    const submission = this.kind === 'environment_submission';
    const created = real.call('cases.create', {
      agreement: this.agreement,
      kind: this.kind,
      title: `Matter ${model.cases.length + 1}`,
      complainant: submission ? null : at(0),
      respondent: at(1),
      submitter: submission ? 'Asociación Costa Verde' : '',
      thirdParties: parties.length > 2 && !submission ? [at(2)] : [],
      status: this.status,
      perishable: this.perishable,
      openedOn: this.openedOn,
    });
    expect(created.version).toBe(1);
    expect(model.cases.map((item) => item.reference)).not.toContain(created.reference);
    model.cases.push({ id: created.id, version: 1, reference: created.reference });
    model.audits += 1;
  }
  toString = () => `CreateCase(${this.agreement}, ${this.kind}, ${this.status}, ${this.openedOn})`;
}

class UpdateCase implements Command {
  constructor(
    readonly index: number,
    readonly stale: boolean,
    readonly status: CaseStatus,
    readonly perishable: boolean,
  ) {}
  check = (model: Readonly<Model>) => model.cases.length > 0;
  run(model: Model, real: Real): void {
    const target = pick(model.cases, this.index);
    if (target === undefined) return;
    const version = this.stale ? target.version + 1 : target.version;
    const response = real.dispatch('cases.update', { id: target.id, version, status: this.status, perishable: this.perishable, title: `Edited ${version}` });
    if (this.stale) {
      expect(response).toMatchObject({ ok: false, error: { code: 'conflict' } });
      return;
    }
    expect(response).toMatchObject({ ok: true });
    const result = (response as { result: { version: number } }).result;
    // The title always changes, so every accepted update is a new version.
    expect(result.version).toBe(target.version + 1);
    target.version += 1;
    model.audits += 1;
  }
  toString = () => `UpdateCase(#${this.index}, stale=${this.stale}, ${this.status})`;
}

class AddEvent implements Command {
  constructor(
    readonly index: number,
    readonly type: EventType,
    readonly date: string,
  ) {}
  check = (model: Readonly<Model>) => model.cases.length > 0;
  run(model: Model, real: Real): void {
    const target = pick(model.cases, this.index);
    if (target === undefined) return;
    const kind = real.call('cases.get', { id: target.id }).case.kind;
    const response = real.dispatch('events.add', { caseId: target.id, type: this.type, date: this.date });
    // A step of another kind of case is refused by field (a submission's steps are its own).
    if (!eventTypesFor(kind).includes(this.type)) {
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { type: { code: 'step_not_of_kind' } } } });
      return;
    }
    expect(response.ok).toBe(true);
    const event = (response as { result: { id: string } }).result;
    model.events.push({ id: event.id, caseId: target.id });
    model.audits += 1;
  }
  toString = () => `AddEvent(#${this.index}, ${this.type}, ${this.date})`;
}

class UpdateEvent implements Command {
  constructor(
    readonly index: number,
    readonly date: string,
  ) {}
  check = (model: Readonly<Model>) => model.events.length > 0;
  run(model: Model, real: Real): void {
    const target = pick(model.events, this.index);
    if (target === undefined) return;
    const before = real.call('cases.get', { id: target.caseId }).events.find((event) => event.id === target.id);
    const updated = real.call('events.update', { id: target.id, date: this.date });
    expect(updated.date).toBe(this.date);
    if (before?.date !== this.date) model.audits += 1;
  }
  toString = () => `UpdateEvent(#${this.index}, ${this.date})`;
}

class ToggleScheduled implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.events.length > 0;
  run(model: Model, real: Real): void {
    const target = pick(model.events, this.index);
    if (target === undefined) return;
    const before = real.call('cases.get', { id: target.caseId }).events.find((event) => event.id === target.id);
    const updated = real.call('events.update', { id: target.id, scheduled: before?.scheduled !== true });
    expect(updated.scheduled).toBe(before?.scheduled !== true);
    model.audits += 1;
  }
  toString = () => `ToggleScheduled(#${this.index})`;
}

/** "Such other period as the Parties agree" for the Commission request (Art. 20.5.1(c) / 21.5.1(c)). */
class AgreePeriod implements Command {
  constructor(
    readonly index: number,
    readonly days: number,
  ) {}
  check = (model: Readonly<Model>) => model.cases.length > 0;
  run(model: Model, real: Real): void {
    const target = pick(model.cases, this.index);
    if (target === undefined) return;
    const detail = real.call('cases.get', { id: target.id });
    const rule = `${detail.case.agreement}.commission-request`;
    const response = real.dispatch('limits.agree', { caseId: target.id, rule, days: this.days });
    if (!detail.limits.some((limit) => limit.rule === rule)) {
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { rule: { code: expect.any(String) as string } } } });
      return;
    }
    expect(response.ok).toBe(true);
    model.audits += 1;
  }
  toString = () => `AgreePeriod(#${this.index}, ${this.days} days)`;
}

class RemoveEvent implements Command {
  constructor(readonly index: number) {}
  check = (model: Readonly<Model>) => model.events.length > 0;
  run(model: Model, real: Real): void {
    const target = pick(model.events, this.index);
    if (target === undefined) return;
    expect(real.call('events.remove', { id: target.id })).toEqual({ id: target.id });
    expect(real.dispatch('events.remove', { id: target.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    model.events = model.events.filter((event) => event.id !== target.id);
    model.audits += 1;
  }
  toString = () => `RemoveEvent(#${this.index})`;
}

class SetName implements Command {
  constructor(readonly name: string) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const before = real.call('settings.get', {});
    real.call('settings.update', { userName: this.name });
    if (before.userName !== this.name) model.audits += 1;
  }
  toString = () => `SetName(${this.name})`;
}

class LoadDemo implements Command {
  check = () => true;
  run(model: Model, real: Real): void {
    const response = real.dispatch('demo.load', {});
    if (model.demoLoaded) {
      expect(response).toMatchObject({ ok: false, error: { code: 'conflict' } });
      return;
    }
    expect(response).toMatchObject({ ok: true });
    model.demoLoaded = true;
    const list = real.call('cases.list', { limit: 500 });
    for (const row of list.rows) {
      if (!model.cases.some((item) => item.id === row.id)) model.cases.push({ id: row.id, version: 1, reference: row.reference });
    }
    for (const sample of SAMPLE_CASEBOOK) model.audits += 1 + sample.events.length;
    // The sample meetings, each with what it holds (db/meetings/sampleMeetings.ts).
    for (const sample of SAMPLE_MEETINGS) model.audits += 1 + (sample.attendees?.length ?? 0) + (sample.agenda?.length ?? 0) + (sample.decisions?.length ?? 0);
    for (const row of list.rows) {
      for (const event of real.call('cases.get', { id: row.id }).events) {
        if (!model.events.some((item) => item.id === event.id)) model.events.push({ id: event.id, caseId: row.id });
      }
    }
  }
  toString = () => 'LoadDemo';
}

function expectMatchesModel(model: Readonly<Model>, real: Real): void {
  expect(real.call('cases.list', {}).total).toBe(model.cases.length);
  expect(real.call('dashboard.summary', {}).total).toBe(model.cases.length);
  // A removed event stays in its table, in the Trash.
  expect(real.db.prepare('SELECT count(*) FROM case_events WHERE deleted_at IS NULL').pluck().get()).toBe(model.events.length);
  expect(rowCount(real.db, 'audit_log')).toBe(model.audits);
  for (const item of model.cases) {
    const detail = real.call('cases.get', { id: item.id });
    expect(detail.case.version).toBe(item.version);
    expect(detail.events.map((event) => event.id).sort()).toEqual(model.events.filter((event) => event.caseId === item.id).map((event) => event.id).sort());
  }
}

class CheckCounts implements Command {
  check = () => true;
  run(model: Model, real: Real): void {
    expectMatchesModel(model, real);
  }
  toString = () => 'CheckCounts';
}

const commands = [
  fc
    .tuple(fc.constantFrom(...AGREEMENT_IDS), fc.nat(), fc.constantFrom(...CASE_KINDS), fc.constantFrom(...CASE_STATUSES), fc.boolean(), dates)
    .map(([agreement, shift, kind, status, perishable, openedOn]) => new CreateCase(agreement, shift, kind, status, perishable, openedOn)),
  fc
    .tuple(fc.nat(), fc.boolean(), fc.constantFrom(...CASE_STATUSES), fc.boolean())
    .map(([index, stale, status, perishable]) => new UpdateCase(index, stale, status, perishable)),
  fc.tuple(fc.nat(), fc.constantFrom(...EVENT_TYPES), dates).map(([index, type, date]) => new AddEvent(index, type, date)),
  fc.tuple(fc.nat(), fc.constantFrom(...EVENT_TYPES), dates).map(([index, type, date]) => new AddEvent(index, type, date)),
  fc.tuple(fc.nat(), dates).map(([index, date]) => new UpdateEvent(index, date)),
  fc.nat().map((index) => new RemoveEvent(index)),
  fc.nat().map((index) => new ToggleScheduled(index)),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 120 })).map(([index, days]) => new AgreePeriod(index, days)),
  fc.constantFrom('Ana', 'Luis', 'Ana').map((name) => new SetName(name)),
  fc.constant(new LoadDemo()),
  fc.constant(new CheckCounts()),
];

/** The stored stage and limits of every case equal what the engine computes now. */
function expectDerivedDataFresh(real: Real): void {
  const cases = real.db.prepare('SELECT id, agreement, kind, perishable, status, stage, stage_order, next_limit_date, next_limit_rule FROM cases').all() as {
    id: string;
    agreement: AgreementId;
    kind: CaseKind;
    perishable: 0 | 1;
    status: CaseStatus;
    stage: string;
    stage_order: number;
    next_limit_date: string | null;
    next_limit_rule: string | null;
  }[];
  for (const row of cases) {
    const detail = real.call('cases.get', { id: row.id });
    const events = detail.events.map(({ id, type, date, scheduled }) => ({ id, type, date, scheduled }));
    const computed = computeProcedure({
      agreement: row.agreement,
      kind: row.kind,
      perishable: row.perishable === 1,
      status: row.status,
      events,
      claims: detail.case.claims,
      reconveneGrounds: detail.case.reconveneGrounds,
      agreements: real.db
        .prepare('SELECT rule, date, days, note FROM case_limit_agreements WHERE case_id = ?')
        .all(row.id) as { rule: string; date: string | null; days: number | null; note: string }[],
    });
    expect(row.stage).toBe(computed.stage);
    expect(row.stage_order).toBe(STAGES.indexOf(computed.stage));
    expect(readLimits(real.db, row.id)).toEqual(computed.limits);
    const next = nearestPending(computed.limits);
    expect([row.next_limit_date, row.next_limit_rule]).toEqual([next?.date ?? null, next?.rule ?? null]);
  }
}

describe('the data layer under random sequences of calls', () => {
  it('keeps the model, the derived data and the file consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: 'medium' }), async (sequence) => {
        const real = await openTestDatabase();
        try {
          const model: Model = { cases: [], events: [], demoLoaded: false, audits: 0 };
          fc.modelRun(() => ({ model, real }), sequence);
          expectMatchesModel(model, real);
          const db = real.db;
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(db.pragma('foreign_key_check')).toEqual([]);
          expect(() => db.exec("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")).not.toThrow();
          expectDerivedDataFresh(real);
        } finally {
          real.close();
        }
      }),
      { seed: 20_260_310, numRuns: 10 },
    );
  });
});
