// What the Backups screen says about one backup: why it was taken and how
// large it is, in the UI language.
import type { BackupEntry } from '../../shared/backups/domain';
import type { LocaleTools } from '../i18n/LocaleContext';

type Tools = Pick<LocaleTools, 't' | 'formatNumber'>;

export function reasonText({ t }: Pick<Tools, 't'>, entry: Pick<BackupEntry, 'reason' | 'migrationVersion'>): string {
  switch (entry.reason) {
    case 'daily':
      return t('backups.reason.daily');
    case 'quit':
      return t('backups.reason.quit');
    case 'manual':
      return t('backups.reason.manual');
    case 'before-migration':
      return t('backups.reason.before-migration', { version: entry.migrationVersion ?? '?' });
    case 'before-restore':
      return t('backups.reason.before-restore');
    default: {
      const unknown: never = entry.reason;
      return String(unknown);
    }
  }
}

const UNITS = [
  [1024 ** 3, 'backups.size.gb'],
  [1024 ** 2, 'backups.size.mb'],
  [1024, 'backups.size.kb'],
] as const;

/** 1,536 → "1.5 KB"; sizes under a kilobyte in bytes. Binary units, as file managers on Windows show them. */
export function sizeText({ t, formatNumber }: Tools, bytes: number): string {
  for (const [unit, key] of UNITS) {
    if (bytes >= unit) return t(key, { size: formatNumber(Math.round((bytes / unit) * 10) / 10) });
  }
  return t('backups.size.bytes', { size: formatNumber(bytes) });
}
