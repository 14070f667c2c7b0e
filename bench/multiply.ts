// The 1,000,000-case casebook of `npm run bench:1m` (issue 6 §2): the
// 100,000-case set built once by dataset.ts, then copied nine times in SQL
// (INSERT … SELECT inside one transaction), which takes a fraction of the time
// building every case through the procedure engine would.
//
// Each copy re-keys what must stay unique: case and event ids get the copy
// number as their first eight hex digits (still UUIDs, as the API requires);
// references continue their agreement-and-year sequence past the original's
// last number; the event ids inside each limit's JSON follow their events.
// Every other column, and every table that refers to cases by `case_id`
// (including ones added by later migrations), is copied as it is, so the
// copies have the same stages, limits and dates as their originals. The text
// index is rebuilt once at the end, as dataset.ts does.
import type Database from 'better-sqlite3';

type Column = Readonly<{ name: string; type: string; pk: number }>;

export type Multiplied = Readonly<{ cases: number; events: number; milliseconds: number }>;

/** Copy number k replaces the first eight hex digits of a UUID. */
const REKEY = (expression: string) =>
  `CASE WHEN length(${expression}) = 36 THEN printf('%08x', @copy) || substr(${expression}, 9) ELSE ${expression} END`;

/** The limit's JSON names the events it runs from and was met by (shared/domain/limits.ts). */
const DETAIL = `json_set(
  json_set(detail, '$.from.eventId', ${REKEY("json_extract(detail, '$.from.eventId')")}),
  '$.metBy.eventId', ${REKEY("json_extract(detail, '$.metBy.eventId')")})`;
const DETAIL_WITHOUT_MET_BY = `json_set(detail, '$.from.eventId', ${REKEY("json_extract(detail, '$.from.eventId')")})`;

/**
 * "<prefix>-<YYYY>-<NNN>" (db/cases/reference.ts) becomes the same
 * prefix and year with NNN + copy × the year's last number, so copies never
 * meet each other or the originals.
 */
const REFERENCE = `(SELECT a.reference_prefix || '-' || substr(s.reference, length(a.reference_prefix) + 2, 4) || '-' ||
    printf('%03d', CAST(substr(s.reference, length(a.reference_prefix) + 7) AS INTEGER) + @copy * r.last)
  FROM agreements AS a JOIN case_reference_counters AS r
    ON r.agreement = a.id AND r.year = CAST(substr(s.reference, length(a.reference_prefix) + 2, 4) AS INTEGER)
  WHERE a.id = s.agreement)`;

function columns(db: Database.Database, table: string): Column[] {
  return db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(table) as Column[];
}

/** True for an INTEGER PRIMARY KEY (a rowid alias), which the copy leaves to SQLite. */
function isRowidAlias(table: readonly Column[], column: Column): boolean {
  return column.pk === 1 && column.type.toUpperCase() === 'INTEGER' && table.filter((other) => other.pk > 0).length === 1;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Ordinary tables (not the text index's shadow tables) with a case_id column. */
function caseTables(db: Database.Database): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'cases_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  return tables.filter((table) => columns(db, table).some((column) => column.name === 'case_id'));
}

/** Copies every case of `db` (and all that refers to it) `factor - 1` more times. */
export function multiplyDataset(db: Database.Database, factor: number): Multiplied {
  const started = performance.now();
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`Cannot multiply the data set by ${factor}`);
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -2097152'); // 2 GiB: the copy writes every index of ~2.5 GB of rows
  db.transaction(() => {
    const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'cases_fts_insert'").pluck().get() as string;
    db.exec('DROP TRIGGER cases_fts_insert');

    const caseColumns = columns(db, 'cases');
    const target = caseColumns.filter((column) => !isRowidAlias(caseColumns, column));
    const source = target.map((column) => (column.name === 'id' ? REKEY('s.id') : column.name === 'reference' ? REFERENCE : `s.${quote(column.name)}`));
    db.exec('CREATE TEMP TABLE source_cases AS SELECT * FROM main.cases');
    const copyCases = db.prepare(
      `INSERT INTO main.cases (${target.map((column) => quote(column.name)).join(', ')})
       SELECT ${source.join(', ')} FROM temp.source_cases AS s ORDER BY s.seq`,
    );

    const copies = caseTables(db).map((table) => {
      const tableColumns = columns(db, table);
      const kept = tableColumns.filter((column) => !isRowidAlias(tableColumns, column));
      const expressions = kept.map((column) => {
        if (column.name === 'case_id' || (column.name === 'id' && column.type.toUpperCase() === 'TEXT')) return REKEY(quote(column.name));
        if (table === 'case_limits' && column.name === 'detail') {
          return `CASE WHEN json_type(detail, '$.metBy') = 'object' THEN ${DETAIL} ELSE ${DETAIL_WITHOUT_MET_BY} END`;
        }
        return quote(column.name);
      });
      db.exec(`CREATE TEMP TABLE ${quote(`source_${table}`)} AS SELECT * FROM main.${quote(table)}`);
      return db.prepare(
        `INSERT INTO main.${quote(table)} (${kept.map((column) => quote(column.name)).join(', ')})
         SELECT ${expressions.join(', ')} FROM temp.${quote(`source_${table}`)}`,
      );
    });

    for (let copy = 1; copy < factor; copy += 1) {
      copyCases.run({ copy });
      for (const statement of copies) statement.run({ copy });
    }
    db.prepare('UPDATE case_reference_counters SET last = last * ?').run(factor);
    for (const table of ['cases', ...caseTables(db)]) db.exec(`DROP TABLE temp.${quote(`source_${table}`)}`);
    db.exec(trigger);
    db.exec("INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')");
  }).immediate();
  db.pragma(`cache_size = ${cacheSize}`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    cases: db.prepare('SELECT count(*) FROM cases').pluck().get() as number,
    events: db.prepare('SELECT count(*) FROM case_events').pluck().get() as number,
    milliseconds: performance.now() - started,
  };
}
