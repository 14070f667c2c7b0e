// What `npm run bench` measures of writing (issue 6 §2: "every cases.create
// is its own fsynced transaction … there is no bulk path"): the same N cases
// created three ways, each into its own fresh database — one cases.create call
// per case (a transaction and an fsync each), cases.import in batches of
// IMPORT_MAX_CASES (one transaction per batch, the same creation and history
// per case), and, for scale, a raw prepared INSERT of the case rows in one
// transaction (no reference, procedure or history).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Input } from '../shared/api/contract';
import { IMPORT_MAX_CASES } from '../shared/cases/schemas';
import type { AgreementId, PartyCode } from '../shared/domain/agreements';
import { AGREEMENT_PARTIES } from '../shared/domain/agreements';
import { databaseFile } from '../db/dataFolder';
import { createDispatch } from '../db/dispatch';
import { openDatabase } from '../db/open';
import { random } from './dataset';
import { caller } from './queries';

export type WriteTiming = Readonly<{ name: string; cases: number; seconds: number; perCaseMs: number; timesRaw: number | null }>;

const WORDS = ['dairy', 'sugar', 'coffee', 'customs', 'valuation', 'permits', 'quotas', 'labelling', 'ports', 'transit'];
const AGREEMENTS: readonly AgreementId[] = ['cafta-dr', 'cafta-dr', 'us-colombia-tpa', 'us-peru-tpa'];

/** N cases in the create shape, the same on every run. */
function caseInputs(count: number): Input<'cases.create'>[] {
  const next = random(90);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: count }, () => {
    const agreement = choose(AGREEMENTS);
    const parties = [...AGREEMENT_PARTIES[agreement]].sort(() => next() - 0.5) as PartyCode[];
    return {
      agreement,
      kind: 'dispute',
      title: `${choose(WORDS)} ${choose(WORDS)} ${choose(WORDS)}`,
      summary: Array.from({ length: 12 }, () => choose(WORDS)).join(' '),
      complainant: parties[0] as PartyCode,
      respondent: parties[1] as PartyCode,
      thirdParties: parties.length > 2 && next() < 0.3 ? [parties[2] as PartyCode] : [],
      measure: `${choose(WORDS)} measure`,
      openedOn: `20${10 + Math.floor(next() * 16)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    };
  });
}

async function timed(write: (db: Database.Database) => void): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'commission-desk-bench-writes-'));
  const db = await openDatabase(databaseFile(folder));
  try {
    const started = performance.now();
    write(db);
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function writeTimings(count: number): Promise<WriteTiming[]> {
  const inputs = caseInputs(count);
  const raw = await timed((db) => {
    const insert = db.prepare(
      `INSERT INTO cases (id, reference, agreement, kind, title, summary, complainant, respondent, submitter, measure, sector, perishable,
                          status, lead_officer, opened_on, stage, stage_order, sample, created_at, updated_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', 0, 'open', '', ?, 'not_started', 0, 0, ?, ?, 1)`,
    );
    const at = new Date().toISOString();
    db.transaction(() => {
      inputs.forEach((input, index) => {
        insert.run(randomUUID(), `RAW-${index}`, input.agreement, input.kind, input.title, input.summary, input.complainant, input.respondent, input.measure, input.openedOn, at, at);
      });
    }).immediate();
  });
  const perCall = await timed((db) => {
    const call = caller(createDispatch(db));
    for (const input of inputs) call('cases.create', input);
  });
  const batched = await timed((db) => {
    const call = caller(createDispatch(db));
    for (let start = 0; start < inputs.length; start += IMPORT_MAX_CASES) call('cases.import', { cases: inputs.slice(start, start + IMPORT_MAX_CASES) });
  });
  const row = (name: string, seconds: number, isRaw = false): WriteTiming => ({
    name,
    cases: count,
    seconds,
    perCaseMs: (seconds * 1000) / count,
    timesRaw: isRaw ? null : seconds / raw,
  });
  return [
    row('cases.create, one call per case', perCall),
    row(`cases.import, batches of ${IMPORT_MAX_CASES.toLocaleString('en')}`, batched),
    row('raw prepared INSERT loop, one transaction', raw, true),
  ];
}

export function printWrites(rows: readonly WriteTiming[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${'writing cases'.padEnd(width)}      cases   seconds  ms/case   × raw`);
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(width),
        row.cases.toLocaleString('en').padStart(9),
        row.seconds.toFixed(2).padStart(8),
        row.perCaseMs.toFixed(3).padStart(7),
        (row.timesRaw === null ? '' : row.timesRaw.toFixed(1)).padStart(6),
      ].join('  '),
    );
  }
}
