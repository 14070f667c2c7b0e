import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from './domain';

describe('backup file names', () => {
  it('say when and why, sort by time and read back', () => {
    expect(backupFileName('2026-12-03T15:40:00.123Z', 'daily')).toBe('2026-12-03T15-40-00Z.daily.sqlite');
    expect(backupFileName('2026-12-03T15:40:00Z', 'before-migration', { migrationVersion: 90 })).toBe('2026-12-03T15-40-00Z.before-migration-v90.sqlite');
    expect(backupFileName('2026-12-03T15:40:00Z', 'manual', { sequence: 2 })).toBe('2026-12-03T15-40-00Z.manual.2.sqlite');
    expect(parseBackupName('2026-12-03T15-40-00Z.before-migration-v90.sqlite')).toEqual({ at: '2026-12-03T15:40:00.000Z', reason: 'before-migration', migrationVersion: 90, sequence: 1 });
    expect(parseBackupName('2026-12-03T15-40-00Z.before-restore.3.sqlite')).toEqual({ at: '2026-12-03T15:40:00.000Z', reason: 'before-restore', migrationVersion: null, sequence: 3 });
    const names = ['2027-01-01T00-00-00Z.quit.sqlite', '2026-12-03T15-40-00Z.daily.sqlite', '2026-12-31T23-59-59Z.manual.sqlite'];
    expect([...names].sort()).toEqual(['2026-12-03T15-40-00Z.daily.sqlite', '2026-12-31T23-59-59Z.manual.sqlite', '2027-01-01T00-00-00Z.quit.sqlite']);
  });

  it('are the only files the app counts as backups', () => {
    for (const other of ['commission-desk.sqlite', '2026-12-03T15-40-00Z.daily.sqlite.json', '2026-12-03T15-40-00Z.weekly.sqlite', '../2026-12-03T15-40-00Z.daily.sqlite', '2026-02-30T15-40-00Z.daily.sqlite', '2026-12-03T15-40-00Z.daily.sqlite.partial'])
      expect(parseBackupName(other)).toBeNull();
  });
});
