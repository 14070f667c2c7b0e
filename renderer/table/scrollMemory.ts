// Where a table was scrolled, kept in the browser history entry of the screen
// (history.state), so Back to a list returns to the same rows while a fresh
// visit through a link starts at the top.

export type ScrollPosition = Readonly<{ page: number; top: number; left: number }>;

const KEY = 'commissionDeskTables';

function tablesIn(state: unknown): Readonly<Record<string, unknown>> {
  if (typeof state !== 'object' || state === null) return {};
  const tables = (state as Record<string, unknown>)[KEY];
  return typeof tables === 'object' && tables !== null ? (tables as Record<string, unknown>) : {};
}

export function readScroll(tableId: string): ScrollPosition | null {
  const value = tablesIn(window.history.state)[tableId];
  if (typeof value !== 'object' || value === null) return null;
  const { page, top, left } = value as Record<string, unknown>;
  if (typeof page !== 'number' || typeof top !== 'number' || typeof left !== 'number') return null;
  return { page, top, left };
}

export function writeScroll(tableId: string, position: ScrollPosition): void {
  const state: unknown = window.history.state;
  const base = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  window.history.replaceState({ ...base, [KEY]: { ...tablesIn(state), [tableId]: position } }, '', window.location.href);
}
