// A list's order as a sequence of segments, each read with one more condition
// and its own simple order. Sorting by a coded column is one segment per code
// in label order (each `kind = ?` read by key from the column's index: no sort
// step, in any language, with no per-language column or index); rows holding
// no value are a last segment; grouping puts one segment per group in front.
// A page is cut across consecutive segments.
import type { Locale } from '../../shared/history/domain';
import { codesByLabel } from '../../shared/list/labels';
import type { ListColumn, ListSort } from '../../shared/list/spec';
import type { AnyListTable, Condition } from './table';

export type Segment = Readonly<{
  conditions: readonly Condition[];
  /** What rows are ordered by before the key, or null: by the key alone. */
  order: string | null;
  /** The codes this segment fixes, by column key: what the counts table can count it by. Null when it cannot. */
  codes: Readonly<Record<string, string>> | null;
  /** The group this segment belongs to, when grouped. */
  group: string | null;
}>;

type Part = Omit<Segment, 'group'>;

export function orderSegments(table: AnyListTable, sort: ListSort<string>, groupBy: string | null, locale: Locale): Segment[] {
  const groupColumn = groupBy === null ? null : (table.spec.groups[groupBy]?.column ?? null);
  const groups: { code: string | null; part: Part }[] =
    groupColumn === null
      ? [{ code: null, part: { conditions: [], order: null, codes: {} } }]
      : groupCodes(table, groupColumn, groupBy as string, locale).map((code) => ({ code, part: equal(table, groupColumn, code) }));
  const sorts = sortParts(table, sort, groupColumn, locale);
  return groups.flatMap(({ code, part }) =>
    sorts.map((sortPart) => ({
      conditions: [...part.conditions, ...sortPart.conditions],
      order: sortPart.order,
      codes: part.codes === null || sortPart.codes === null ? null : { ...part.codes, ...sortPart.codes },
      group: code,
    })),
  );
}

/** The codes of the group column in group order (always ascending: groups keep their own order whatever the sort). */
export function groupCodes(table: AnyListTable, column: string, groupBy: string, locale: Locale): readonly string[] {
  const spec = coded(table.spec.columns[column], column);
  return table.spec.groups[groupBy]?.order === 'label' ? codesByLabel(spec, locale) : spec.codes;
}

function sortParts(table: AnyListTable, sort: ListSort<string>, groupColumn: string | null, locale: Locale): Part[] {
  const spec = table.spec.columns[sort.column];
  const sql = table.columns[sort.column];
  if (spec === undefined || sql === undefined) throw new Error(`No sortable column ${sort.column}`);
  const none: Part[] = sql.none === undefined ? [] : [{ conditions: [{ sql: sql.none.is, params: [] }], order: null, codes: null }];
  // Within a group of the same column every row holds the same code.
  if (sort.column === groupColumn) return [{ conditions: [], order: null, codes: {} }];
  if (spec.kind === 'coded') {
    const codes = codesByLabel(spec, locale);
    const ordered = sort.direction === 'asc' ? codes : [...codes].reverse();
    return [...ordered.map((code) => equal(table, sort.column, code)), ...none];
  }
  const values: Part = {
    conditions: sql.none === undefined ? [] : [{ sql: sql.none.isNot, params: [] }],
    order: sql.sql,
    codes: sql.none === undefined ? {} : null,
  };
  return [values, ...none];
}

function equal(table: AnyListTable, column: string, code: string): Part {
  const sql = table.columns[column];
  if (sql === undefined) throw new Error(`No column ${column}`);
  return { conditions: [{ sql: `${sql.sql} = ?`, params: [code] }], order: null, codes: { [column]: code } };
}

function coded(spec: ListColumn | undefined, column: string): Extract<ListColumn, { kind: 'coded' }> {
  if (spec?.kind !== 'coded') throw new Error(`${column} is not a coded column`);
  return spec;
}
