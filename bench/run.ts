// `npm run bench`: builds a temporary database of 100,000 cases and times the
// cases table and deadline queries through dispatch, the same path the app
// uses. Machines differ, so each query is also given as a ratio to a baseline
// measured in the same run (cases.get of one case by primary key); the
// ratios are what to compare between runs. Results also go to
// bench/results/latest.json (git-ignored).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Input, Method } from '../shared/api/contract';
import { localToday } from '../shared/domain/dates';
import { databaseFile } from '../db/dataFolder';
import { createDispatch } from '../db/dispatch';
import { openDatabase } from '../db/open';
import { buildDataset, random } from './dataset';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 25);
const WARMUP = 3;

type Row = { name: string; median: number; p95: number; rows: number | null };

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

function measure(name: string, run: (iteration: number) => number | null): Row {
  for (let index = 0; index < WARMUP; index += 1) run(index);
  const times: number[] = [];
  let rows: number | null = null;
  for (let index = 0; index < ITERATIONS; index += 1) {
    const started = performance.now();
    rows = run(index);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { name, median: percentile(times, 0.5), p95: percentile(times, 0.95), rows };
}

async function main(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'commission-desk-bench-'));
  try {
    const file = databaseFile(folder);
    const db = await openDatabase(file);
    const today = localToday();
    console.log(`Building ${CASES.toLocaleString('en')} cases in ${file} …`);
    const dataset = buildDataset(db, CASES, today);
    const sizeMb = fs.statSync(file).size / 1e6;
    console.log(
      `Built ${dataset.cases.toLocaleString('en')} cases and ${dataset.events.toLocaleString('en')} events in ${(dataset.milliseconds / 1000).toFixed(1)} s (${sizeMb.toFixed(0)} MB before checkpoint)\n`,
    );

    const dispatch = createDispatch(db);
    const pickId = random(7);
    const call = <M extends Method>(method: M, input: Input<M>): unknown => {
      const response = dispatch(method, input);
      if (!response.ok) throw new Error(`${method}: ${JSON.stringify(response.error)}`);
      return response.result;
    };
    const list = (input: Input<'cases.list'>) => () => {
      const result = call('cases.list', input) as { rows: unknown[]; total: number };
      return result.total;
    };

    const select1 = db.prepare('SELECT 1');
    const results: Row[] = [
      measure('baseline: cases.get by id', () => {
        call('cases.get', { id: dataset.ids[Math.floor(pickId() * dataset.ids.length)] ?? '' });
        return 1;
      }),
      measure('SELECT 1 (raw driver, for scale)', () => {
        select1.get();
        return null;
      }),
      measure('cases.list default sort (updatedAt desc)', list({})),
      measure('cases.list sort nextLimitDate asc', list({ sort: { column: 'nextLimitDate', direction: 'asc' } })),
      measure('cases.list sort title asc', list({ sort: { column: 'title', direction: 'asc' } })),
      measure('cases.list agreement filter + sort openedOn', list({ agreement: 'us-peru-tpa', sort: { column: 'openedOn', direction: 'desc' } })),
      measure('cases.list agreement + status filter', list({ agreement: 'cafta-dr', status: 'open' })),
      measure('cases.list party filter (incl. third party)', list({ party: 'GTM' })),
      measure('cases.list text search, common word', list({ text: 'dairy' })),
      measure('cases.list text search, two prefixes', list({ text: 'cust valu' })),
      measure('cases.list text search, rare reference', list({ text: 'PTPA-2019-00' })),
      measure('cases.list groupBy stage', list({ groupBy: 'stage' })),
      measure('cases.list groupBy agreement, sort title', list({ groupBy: 'agreement', sort: { column: 'title', direction: 'asc' } })),
      measure('cases.list deep offset 90,000', list({ offset: 90_000 })),
      measure('deadlines.upcoming 30 days', () => {
        const result = call('deadlines.upcoming', { withinDays: 30 }) as { items: unknown[] };
        return result.items.length;
      }),
      measure('dashboard.summary', () => {
        call('dashboard.summary', {});
        return null;
      }),
    ];

    const baseline = results[0]?.median ?? NaN;
    const width = Math.max(...results.map((row) => row.name.length));
    console.log(`${'query'.padEnd(width)}  median ms     p95 ms   × baseline   rows/total`);
    for (const row of results) {
      console.log(
        `${row.name.padEnd(width)}  ${row.median.toFixed(3).padStart(9)}  ${row.p95.toFixed(3).padStart(9)}  ${(row.median / baseline).toFixed(1).padStart(11)}   ${row.rows === null ? '' : row.rows.toLocaleString('en')}`,
      );
    }
    console.log(`\n${ITERATIONS} timed runs after ${WARMUP} warm-up runs each; Node ${process.version}, ${os.cpus().length} CPUs.`);

    const resultsFolder = path.join(__dirname, 'results');
    fs.mkdirSync(resultsFolder, { recursive: true });
    fs.writeFileSync(
      path.join(resultsFolder, 'latest.json'),
      `${JSON.stringify({ at: new Date().toISOString(), cases: CASES, events: dataset.events, buildMs: dataset.milliseconds, baselineMs: baseline, results }, null, 2)}\n`,
    );
    db.close();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
