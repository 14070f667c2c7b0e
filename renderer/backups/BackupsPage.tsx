// Settings → Backups (issue 7 §2): the copies on this computer, "Back up
// now", "Save a copy", and Restore — from the list or from a file — after a
// confirmation that says a backup of the current data is taken first. A
// successful restore is a command like any other to the query cache: every
// cached read is marked stale (useCommand), so each screen shows the restored
// data when it is next seen.
import { useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { BackupEntry } from '../../shared/backups/domain';
import { useCommand, useQueryMethod } from '../api/queries';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { useLocale } from '../i18n/LocaleContext';
import { ErrorNotice } from '../shell/ErrorNotice';
import { plural } from '../shell/plural';
import { BackupRow } from './BackupRow';
import { RestoreFromFile } from './RestoreFromFile';
import { SaveCopyDialog } from './SaveCopyDialog';
import './backups.css';

type RestoreTarget = Readonly<{ kind: 'listed'; entry: BackupEntry }> | Readonly<{ kind: 'file'; path: string }>;

export function BackupsPage() {
  const tools = useLocale();
  const { t, formatDateTime } = tools;
  const list = useQueryMethod('backups.list', {});
  const create = useCommand('backups.create');
  const restore = useCommand('backups.restore');
  const [notice, setNotice] = useState<string | null>(null);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const [target, setTarget] = useState<RestoreTarget | null>(null);
  const [saving, setSaving] = useState<BackupEntry | null>(null);
  const listHeading = useId();
  const busy = create.pending || restore.pending;

  async function backUpNow() {
    if (busy) return;
    setNotice(null);
    setFailed(null);
    const answer = await create.run({});
    if (!answer.ok) return setFailed(answer.error);
    const made = answer.result;
    const date = formatDateTime(made.at);
    setNotice(
      made.verified === true
        ? plural(tools, 'backups.created', made.cases ?? 0, { date })
        : t('backups.createdUnverified', { date, problem: made.problem ?? t('backups.unknown') }),
    );
  }

  async function restoreChosen(chosen: RestoreTarget) {
    if (restore.pending) return;
    setNotice(null);
    setFailed(null);
    const answer = await restore.run(chosen.kind === 'listed' ? { name: chosen.entry.name } : { path: chosen.path });
    setTarget(null);
    if (!answer.ok) return setFailed(answer.error);
    const { cases, before, migratedFrom } = answer.result;
    const said = plural(tools, 'backups.restored', cases, { date: formatDateTime(before.at) });
    setNotice(migratedFrom === null ? said : `${said} ${t('backups.restored.migrated', { version: migratedFrom })}`);
  }

  const backups = list.data?.backups ?? null;
  const policy = list.data?.policy;
  return (
    <div className="page backups-page">
      <h1>{t('backups.heading')}</h1>
      <p className="muted backups-intro">{t('backups.intro')}</p>
      {policy !== undefined && <p className="muted backups-intro">{t('backups.policy', { ...policy })}</p>}
      <div className="backups-actions">
        <button type="button" className="button primary" aria-disabled={busy} onClick={() => void backUpNow()}>
          {create.pending ? t('backups.creating') : t('backups.create')}
        </button>
        {restore.pending && <span className="muted">{t('backups.restore.restoring')}</span>}
      </div>
      <div role="status" className="backups-status">
        {notice !== null && <p className="backups-done">{notice}</p>}
      </div>
      {failed !== null && <ErrorNotice error={failed} />}

      <section className="panel" aria-labelledby={listHeading}>
        <h2 id={listHeading}>{t('backups.listHeading')}</h2>
        {list.data !== undefined && <p className="muted small backups-where">{t('backups.where', { folder: list.data.folder })}</p>}
        {backups === null ? (
          list.error ? (
            <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <p className="muted">{t('app.loading')}</p>
          )
        ) : backups.length === 0 ? (
          <p className="muted backups-empty">{t('backups.empty')}</p>
        ) : (
          <div className="backups-table-box">
            <table className="data-table backups-table">
              <caption className="visually-hidden">{t('backups.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backups.column.date')}</th>
                  <th scope="col">{t('backups.column.reason')}</th>
                  <th scope="col" className="number">
                    {t('backups.column.size')}
                  </th>
                  <th scope="col" className="number">
                    {t('backups.column.cases')}
                  </th>
                  <th scope="col">{t('backups.column.verified')}</th>
                  <th scope="col">{t('backups.column.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {backups.map((entry) => (
                  <BackupRow key={entry.name} entry={entry} busy={busy} onSave={setSaving} onRestore={(chosen) => setTarget({ kind: 'listed', entry: chosen })} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <RestoreFromFile busy={busy} onRestore={(path) => setTarget({ kind: 'file', path })} />

      {target !== null && (
        <ConfirmDialog
          title={target.kind === 'listed' ? t('backups.restore.title', { date: formatDateTime(target.entry.at) }) : t('backups.restore.fileTitle')}
          confirmLabel={restore.pending ? t('backups.restore.restoring') : t('backups.restore.confirm')}
          cancelLabel={t('backups.restore.cancel')}
          busy={restore.pending}
          onConfirm={() => void restoreChosen(target)}
          onCancel={() => !restore.pending && setTarget(null)}
        >
          {target.kind === 'file' && <p className="mono backups-chosen">{target.path}</p>}
          <p>{t('backups.restore.body')}</p>
        </ConfirmDialog>
      )}
      {saving !== null && (
        <SaveCopyDialog
          entry={saving}
          onClose={() => setSaving(null)}
          onSaved={(path) => {
            setSaving(null);
            setNotice(t('backups.saved', { path }));
          }}
        />
      )}
    </div>
  );
}
