// The recovery screen (issue 7 §1), shown instead of the app when the data
// file is damaged: what is wrong in plain words, where the damaged file is
// kept untouched, and the two ways back — restore a backup (backups.restore:
// the latest good one in backups/, or a file chosen by its path) or export
// what can still be read (recovery.salvage) and work from that. Nothing here
// offers to delete anything.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupEntry } from '../../shared/backups/domain';
import type { SystemStatus } from '../../shared/system/api';
import { call } from '../api/client';
import { useQueryMethod } from '../api/queries';
import { sizeText } from '../backups/backupWords';
import { apiErrorText } from '../i18n/apiErrors';
import { useLocale } from '../i18n/LocaleContext';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { RestoreFilePanel } from './RestoreFilePanel';
import { SalvagePanel } from './SalvagePanel';

export function RecoveryScreen({ status }: { status: SystemStatus }) {
  const { t, formatDateTime } = useLocale();
  const damage = status.damage;
  const cause = damage?.cause ?? 'damaged';
  return (
    <div className="app recovery-app">
      <header className="app-header">
        <span className="brand">
          <span className="brand-name">{t('app.name')}</span>
        </span>
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="app-main recovery-page" tabIndex={-1}>
        <h1>{t(cause === 'unreadable' ? 'recovery.title.unreadable' : 'recovery.title.damaged')}</h1>
        <p>{t(cause === 'unreadable' ? 'recovery.what.unreadable' : 'recovery.what.damaged')}</p>
        <p>
          {t('recovery.kept')} <code className="recovery-path">{status.file}</code>
          {damage !== null && <> {t('recovery.foundAt', { date: formatDateTime(damage.foundAt) })}</>}
        </p>
        <p>{t('recovery.choose')}</p>
        <div className="recovery-ways">
          <BackupPanel />
          <SalvagePanel />
        </div>
        {damage !== null && (
          <details className="recovery-details">
            <summary>{t('recovery.details')}</summary>
            <pre>{damage.detail}</pre>
          </details>
        )}
      </main>
    </div>
  );
}

/** What `restoring` holds while a file chosen by its path is restored (a backup's name never looks like this). */
const FROM_FILE = ':file';

function BackupPanel() {
  const tools = useLocale();
  const { t, formatDateTime, formatNumber } = tools;
  const client = useQueryClient();
  const list = useQueryMethod('backups.list', {});
  const [restoring, setRestoring] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Newest first; only a copy checked intact after writing is offered.
  const good = (list.data?.backups ?? []).filter((entry) => entry.verified === true);
  const latest = good[0];

  /** A listed backup by name, or a file elsewhere by its full path. */
  async function restore(input: Readonly<{ name: string }> | Readonly<{ path: string }>) {
    if (restoring !== null) return;
    setRestoring('name' in input ? input.name : FROM_FILE);
    setFailure(null);
    const answer = await call('backups.restore', input);
    setRestoring(null);
    if (!answer.ok) return setFailure(t('recovery.failed', { message: apiErrorText(answer.error, tools) }));
    // The service reopened on the restored file: read everything again, the state first.
    await client.invalidateQueries();
  }

  const restoreButton = (entry: BackupEntry, label: string) => (
    <button type="button" className="button primary" aria-disabled={restoring !== null} onClick={() => void restore({ name: entry.name })}>
      {restoring === entry.name ? t('recovery.backup.restoring') : label}
    </button>
  );

  return (
    <section className="recovery-way" aria-labelledby="recovery-backup">
      <h2 id="recovery-backup">{t('recovery.backup.heading')}</h2>
      {list.data === undefined && list.error === null && <p className="muted">{t('recovery.backup.loading')}</p>}
      {list.error !== null && <p className="notice error">{t('recovery.failed', { message: apiErrorText(list.error, tools) })}</p>}
      {list.data !== undefined && latest === undefined && <p>{t('recovery.backup.none', { folder: list.data.folder })}</p>}
      {latest !== undefined && (
        <>
          <p>
            {t('recovery.backup.latest', {
              date: formatDateTime(latest.at),
              size: sizeText(tools, latest.size),
              cases: latest.cases === null ? '?' : formatNumber(latest.cases),
            })}
          </p>
          {restoreButton(latest, t('recovery.backup.restore', { date: formatDateTime(latest.at) }))}
          {good.length > 1 && (
            <details className="recovery-others">
              <summary>{t('recovery.backup.others')}</summary>
              <ul>
                {good.slice(1, 8).map((entry) => (
                  <li key={entry.name}>
                    {restoreButton(entry, t('recovery.backup.restore', { date: formatDateTime(entry.at) }))}{' '}
                    <span className="muted">
                      {sizeText(tools, entry.size)} · {entry.cases === null ? '?' : formatNumber(entry.cases)}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <RestoreFilePanel busy={restoring !== null} restoring={restoring === FROM_FILE} onRestore={(path) => void restore({ path })} />
      {failure !== null && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
