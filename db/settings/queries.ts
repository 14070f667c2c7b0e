// User settings, one row per key with a JSON value.
import type Database from 'better-sqlite3';
import { LOCALES, type Locale, type Settings } from '../../shared/history/domain';
import { statement } from '../statements';

export function readSettings(db: Database.Database): Settings {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const values = new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  const userName = values.get('userName');
  const locale = values.get('locale');
  return {
    userName: typeof userName === 'string' ? userName : null,
    locale: (LOCALES as readonly unknown[]).includes(locale) ? (locale as Locale) : null,
  };
}

export function writeSetting(db: Database.Database, key: keyof Settings, value: string | null): void {
  if (value === null) statement(db, 'DELETE FROM settings WHERE key = ?').run(key);
  else
    statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      key,
      JSON.stringify(value),
    );
}
