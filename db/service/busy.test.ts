// Another program holds the data file's write lock (issue 7 review): the
// service's write waits for it on a timer, not on the thread, so reads are
// answered meanwhile; changes keep the order they came in; a write still
// locked out at the deadline answers `busy`, logged once.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { caseInput, tempFolder } from '../testing/testDatabase';
import { startDataService, type DataService } from './core';

let service: DataService | null = null;
let other: Database.Database | null = null;
afterEach(async () => {
  if (other?.inTransaction) other.exec('ROLLBACK');
  other?.close();
  other = null;
  await service?.close();
  service = null;
});

async function ready(options: Partial<Parameters<typeof startDataService>[0]> = {}): Promise<DataService> {
  service = await startDataService({ folder: tempFolder(), checkIntegrity: async () => ({ ok: true }), ...options });
  await service.checked();
  return service;
}

/** Another program's connection holding the write lock until the test commits. */
function holdWriteLock(file: string): Database.Database {
  other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return other;
}

/** Records the order in which calls are answered. */
function answers() {
  const order: string[] = [];
  const track = <T,>(name: string, answer: Promise<T>) =>
    answer.then((value) => {
      order.push(name);
      return value;
    });
  return { order, track };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the data service while another program holds the write lock', () => {
  it('answers reads while a write waits, and makes the write once the lock is released', async () => {
    const data = await ready();
    const lock = holdWriteLock(data.file);
    const { order, track } = answers();
    const created = track('create', data.call('cases.create', caseInput({ title: 'Waited for the lock' })));
    await tick(50);
    const listed = await track('list', data.call('cases.list', {}));
    expect(listed).toMatchObject({ ok: true, result: { total: 0 } });
    expect(await track('status', data.call('system.status', {}))).toMatchObject({ ok: true, result: { state: 'ready' } });
    expect(order).toEqual(['list', 'status']);

    lock.exec('COMMIT');
    expect(await created).toMatchObject({ ok: true, result: { title: 'Waited for the lock' } });
    expect(order).toEqual(['list', 'status', 'create']);
    expect(await data.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
  });

  it('keeps changes in the order they came: a later one never overtakes one waiting for the lock', async () => {
    const data = await ready();
    const lock = holdWriteLock(data.file);
    const { order, track } = answers();
    const first = track('first', data.call('cases.create', caseInput({ title: 'First' })));
    await tick(30);
    const second = track('second', data.call('cases.create', caseInput({ title: 'Second' })));
    const settings = track('settings', data.call('settings.update', { locale: 'es' }));
    await track('list', data.call('cases.list', {}));
    expect(order).toEqual(['list']);

    lock.exec('COMMIT');
    const [a, b, c] = await Promise.all([first, second, settings]);
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, true]);
    expect(order).toEqual(['list', 'first', 'second', 'settings']);
    // Written in that order too.
    expect(lock.prepare('SELECT title FROM cases ORDER BY rowid').pluck().all()).toEqual(['First', 'Second']);
  });

  it('answers reads while the refresh after the check waits for the lock, and holds changes until it is done', async () => {
    let pass: () => void = () => undefined;
    service = await startDataService({
      folder: tempFolder(),
      checkIntegrity: () => new Promise((resolve) => (pass = () => resolve({ ok: true }))),
    });
    const data = service;
    const lock = holdWriteLock(data.file);
    const { order, track } = answers();
    const created = track('create', data.call('cases.create', caseInput()));
    pass();
    await tick(50);
    expect(await track('list', data.call('cases.list', {}))).toMatchObject({ ok: true });
    expect(order).toEqual(['list']);
    lock.exec('COMMIT');
    expect(await created).toMatchObject({ ok: true });
    expect(data.status().state).toBe('ready');
    // The refresh ran before the change: the reference tables are filled.
    expect(lock.prepare('SELECT count(*) FROM agreements').pluck().get()).toBeGreaterThan(0);
  });

  it('answers busy once the deadline has passed, logs it once, and serves the next write after the lock is gone', async () => {
    const lines: string[] = [];
    const data = await ready({
      busyDeadlineMs: 300,
      attemptBusyTimeoutMs: 20,
      failureLog: (scope, _error, cause) => lines.push(`${scope} ${cause.code}`),
    });
    const lock = holdWriteLock(data.file);
    const answer = await data.call('cases.create', caseInput());
    expect(answer).toMatchObject({ ok: false, error: { code: 'busy', reason: 'database_busy' } });
    expect(lines).toEqual(['[dispatch] "cases.create" busy']);
    lock.exec('COMMIT');
    expect(await data.call('cases.create', caseInput())).toMatchObject({ ok: true });
    expect(await data.call('cases.list', {})).toMatchObject({ ok: true, result: { total: 1 } });
  });
});
