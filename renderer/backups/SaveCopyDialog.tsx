// "Save a copy to…" (issue 7 §2): in the browser host, a download, or a
// folder of this computer; in the desktop app, a folder (a USB stick), typed
// or chosen in the system dialog where the preload offers it (hostFiles.ts).
import { useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors';
import type { BackupEntry } from '../../shared/backups/domain';
import { useCommand } from '../api/queries';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { apiErrorText, fieldErrorText } from '../i18n/apiErrors';
import { useLocale } from '../i18n/LocaleContext';
import { canDownload, downloadHref, fileDialogs } from './hostFiles';

type Props = Readonly<{
  entry: BackupEntry;
  onSaved: (path: string) => void;
  onClose: () => void;
}>;

export function SaveCopyDialog({ entry, onSaved, onClose }: Props) {
  const tools = useLocale();
  const { t, formatDateTime } = tools;
  const save = useCommand('backups.export');
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const fieldId = useId();
  const errorId = useId();
  const dialogs = fileDialogs();

  async function saveToFolder() {
    if (save.pending) return;
    setError(null);
    const answer = await save.run({ name: entry.name, folder });
    if (answer.ok) onSaved(answer.result.path);
    else setError(answer.error);
  }

  async function choose() {
    const chosen = await dialogs?.chooseFolder();
    if (chosen !== null && chosen !== undefined) setFolder(chosen);
  }

  const folderError = error?.fields?.['folder'];
  const message = error === null ? null : folderError !== undefined ? fieldErrorText(folderError, tools) : apiErrorText(error, tools);
  return (
    <ConfirmDialog
      title={t('backups.save.title', { date: formatDateTime(entry.at) })}
      confirmLabel={save.pending ? t('backups.save.saving') : t('backups.save.confirm')}
      cancelLabel={t('backups.restore.cancel')}
      tone="primary"
      busy={save.pending}
      onConfirm={() => void saveToFolder()}
      onCancel={onClose}
    >
      {canDownload() && (
        <>
          <p>
            <a className="button" href={downloadHref(entry.name)} download>
              {t('backups.save.download')}
            </a>
          </p>
          <p>{t('backups.save.downloadHelp')}</p>
        </>
      )}
      {!canDownload() && <p>{t('backups.save.folderHelp')}</p>}
      <div className="backups-path">
        <label className="field" htmlFor={fieldId}>
          <span className="field-label">{t('backups.save.folder')}</span>
        </label>
        <div className="backups-path-row">
          <input
            id={fieldId}
            type="text"
            className="mono"
            value={folder}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={message !== null}
            aria-describedby={message !== null ? errorId : undefined}
            onChange={(event) => {
              setFolder(event.target.value);
              setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void saveToFolder();
              }
            }}
          />
          {dialogs !== null && (
            <button type="button" className="button" onClick={() => void choose()}>
              {t('backups.save.choose')}
            </button>
          )}
        </div>
        {message !== null && (
          <p id={errorId} className="field-error" role="alert">
            {message}
          </p>
        )}
      </div>
    </ConfirmDialog>
  );
}
