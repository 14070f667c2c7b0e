// `npm run bench` (100,000 cases) and `npm run bench:1m` (1,000,000): builds a
// temporary database and times the cases table, dashboard and deadline
// queries through dispatch, the same path the app uses. Machines differ, so
// each query is also given as ratios measured in the same run: to a baseline
// (cases.get of one case by primary key), to the best raw SQL for the same
// rows (bench/queries.ts), and — once both sizes have run on this machine —
// to the same query at 100,000 cases (issue 6 §2: growth to 1M no worse than
// ~2×). Results go to bench/results/latest-<cases>.json (git-ignored).
//
//   tsx bench/run.ts [--cases N]   N ≤ 100,000 is built directly; larger N
//                                  must be a multiple of 100,000 (copies).
//   BENCH_FILE=path                keep the database there and reuse it on the
//                                  next run (built on another day, its dates
//                                  are that much older)
//   BENCH_WRITES=N                 cases created each way by the writing
//                                  measurement (default 10,000; 0 skips it)
//   BENCH_ONLY=text                time only the queries whose name holds
//                                  that text (a targeted run against a kept
//                                  file; the results file is not written)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { localToday } from '../shared/domain/dates';
import { databaseFile } from '../db/dataFolder';
import { createDispatch } from '../db/dispatch';
import { openDatabase } from '../db/open';
import { dashboardQueries } from './dashboard';
import { buildDataset, random } from './dataset';
import { multiplyDataset } from './multiply';
import { benchQueries, caller, type Answer } from './queries';
import { printWrites, writeTimings } from './writes';

const BASE_CASES = 100_000;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 25);
const WARMUP = 3;
/** A query slower than this stops early (after at least MIN_RUNS timed runs): the old unbounded list takes seconds at 1M. */
const BUDGET_MS = 5_000;
const MIN_RUNS = 5;
/** Cases created each way by the writing measurement (bench/writes.ts). */
const WRITES = Number(process.env.BENCH_WRITES ?? 10_000);
/** Only the queries whose name holds this (bench/run.ts header). */
const ONLY = process.env.BENCH_ONLY;

type Timing = Readonly<{ median: number; p95: number; runs: number; answer: Answer }>;
type Row = Readonly<{
  name: string;
  median: number;
  p95: number;
  runs: number;
  rows: number | null;
  raw: Readonly<{ method: string; median: number } | { method: null; differs: readonly string[] }> | null;
}>;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

function time(run: () => Answer): Timing {
  let answer = run();
  for (let index = 1; index < WARMUP; index += 1) run();
  const times: number[] = [];
  let spent = 0;
  while (times.length < ITERATIONS && (times.length < MIN_RUNS || spent < BUDGET_MS)) {
    const started = performance.now();
    answer = run();
    const took = performance.now() - started;
    times.push(took);
    spent += took;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), runs: times.length, answer };
}

function same(a: Answer, b: Answer): boolean {
  return a.total === b.total && a.keys.length === b.keys.length && a.keys.every((key, index) => key === b.keys[index]);
}

async function prepare(file: string, cases: number, today: string): Promise<Database.Database> {
  const db = await openDatabase(file);
  const existing = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
  if (existing === cases) {
    console.log(`Reusing ${cases.toLocaleString('en')} cases in ${file}\n`);
    return db;
  }
  if (existing !== 0) throw new Error(`${file} holds ${existing} cases, not ${cases}: remove it or choose another BENCH_FILE`);
  if (cases > BASE_CASES && cases % BASE_CASES !== 0) throw new Error(`--cases above ${BASE_CASES} must be a multiple of it`);
  const base = Math.min(cases, BASE_CASES);
  console.log(`Building ${base.toLocaleString('en')} cases in ${file} …`);
  const dataset = buildDataset(db, base, today);
  console.log(`Built ${dataset.cases.toLocaleString('en')} cases and ${dataset.events.toLocaleString('en')} events in ${(dataset.milliseconds / 1000).toFixed(1)} s`);
  if (cases > base) {
    console.log(`Copying them to ${cases.toLocaleString('en')} …`);
    const copied = multiplyDataset(db, cases / base);
    console.log(`${copied.cases.toLocaleString('en')} cases and ${copied.events.toLocaleString('en')} events after ${(copied.milliseconds / 1000).toFixed(1)} s more`);
  }
  console.log(`${(fs.statSync(file).size / 1e6).toFixed(0)} MB\n`);
  return db;
}

function previous(folder: string, cases: number): ReadonlyMap<string, number> {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(folder, `latest-${cases}.json`), 'utf8')) as { results: { name: string; median: number }[] };
    return new Map(saved.results.map((row) => [row.name, row.median]));
  } catch {
    return new Map();
  }
}

function print(rows: readonly Row[], baseline: number, smaller: ReadonlyMap<string, number>): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  const growth = smaller.size > 0;
  console.log(
    `${'query'.padEnd(width)}  median ms     p95 ms  runs  × baseline  raw SQL ms    × raw${growth ? '  × 100k' : ''}   rows/total  (best raw SQL)`,
  );
  for (const row of rows) {
    const raw = row.raw === null ? null : row.raw.method === null ? 'differs' : row.raw;
    const before = smaller.get(row.name);
    console.log(
      [
        row.name.padEnd(width),
        row.median.toFixed(3).padStart(9),
        row.p95.toFixed(3).padStart(9),
        String(row.runs).padStart(4),
        (row.median / baseline).toFixed(1).padStart(10),
        (raw === null ? '' : raw === 'differs' ? 'differs!' : raw.median.toFixed(3)).padStart(10),
        (raw === null || raw === 'differs' ? '' : (row.median / raw.median).toFixed(2)).padStart(8),
        ...(growth ? [(before === undefined ? '' : (row.median / before).toFixed(1)).padStart(6)] : []),
        (row.rows === null ? '' : row.rows.toLocaleString('en')).padStart(12),
        raw === null ? '' : raw === 'differs' ? ` (raw SQL returned other rows: ${row.raw?.method === null ? row.raw.differs.join(', ') : ''})` : ` (${raw.method})`,
      ].join('  '),
    );
  }
}

async function main(): Promise<void> {
  const cases = Number(option('--cases') ?? process.env.BENCH_CASES ?? BASE_CASES);
  const kept = process.env.BENCH_FILE;
  const folder = kept === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'commission-desk-bench-')) : null;
  try {
    const file = kept ?? databaseFile(folder as string);
    const today = localToday();
    const db = await prepare(file, cases, today);
    const dispatch = createDispatch(db);
    const call = caller(dispatch);

    // The baseline reads random cases; their ids are picked before the clock starts.
    const maxSeq = db.prepare('SELECT max(seq) FROM cases').pluck().get() as number;
    const byId = db.prepare('SELECT id FROM cases WHERE seq >= ? ORDER BY seq LIMIT 1').pluck();
    const pick = random(7);
    const ids = Array.from({ length: WARMUP + ITERATIONS }, () => byId.get(1 + Math.floor(pick() * maxSeq)) as string);
    let next = 0;
    const baselineTiming = time(() => {
      const id = ids[next++ % ids.length] ?? '';
      call('cases.get', { id });
      return { keys: [id], total: null };
    });
    const select1 = db.prepare('SELECT 1');
    const rows: Row[] = [
      { name: 'baseline: cases.get by id', median: baselineTiming.median, p95: baselineTiming.p95, runs: baselineTiming.runs, rows: 1, raw: null },
      { ...time(() => ({ keys: [String(select1.get())], total: null })), name: 'SELECT 1 (raw driver, for scale)', rows: null, raw: null },
    ];

    const queries = [...benchQueries(db, dispatch), ...dashboardQueries(db, dispatch, today)];
    for (const query of queries.filter((candidate) => ONLY === undefined || candidate.name.includes(ONLY))) {
      const api = time(query.api);
      let raw: Row['raw'] = null;
      if (query.raw !== undefined) {
        const candidates = Object.entries(query.raw).map(([method, run]) => ({ method, timing: time(run) }));
        const matching = candidates.filter((candidate) => same(candidate.timing.answer, api.answer));
        const best = matching.sort((a, b) => a.timing.median - b.timing.median)[0];
        raw = best === undefined ? { method: null, differs: candidates.map((candidate) => candidate.method) } : { method: best.method, median: best.timing.median };
      }
      rows.push({ name: query.name, median: api.median, p95: api.p95, runs: api.runs, rows: api.answer.total ?? api.answer.keys.length, raw });
      process.stdout.write('.');
    }
    process.stdout.write('\n');

    const resultsFolder = path.join(__dirname, 'results');
    const baseline = baselineTiming.median;
    print(rows, baseline, cases > BASE_CASES ? previous(resultsFolder, BASE_CASES) : new Map());
    console.log(`\n${cases.toLocaleString('en')} cases; up to ${ITERATIONS} timed runs after ${WARMUP} warm-up runs each; Node ${process.version}, ${os.cpus().length} CPUs.`);
    db.close();

    // Writing, each way into a fresh database of its own (BENCH_WRITES=0 leaves it out).
    const writes = WRITES > 0 ? await writeTimings(WRITES) : [];
    if (writes.length > 0) printWrites(writes);

    // A partial run would leave the next run's growth column comparing against nothing.
    if (ONLY !== undefined) return;
    fs.mkdirSync(resultsFolder, { recursive: true });
    fs.writeFileSync(
      path.join(resultsFolder, `latest-${cases}.json`),
      `${JSON.stringify({ at: new Date().toISOString(), cases, baselineMs: baseline, results: rows, writes }, null, 2)}\n`,
    );
  } finally {
    if (folder !== null) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
