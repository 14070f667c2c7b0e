// "Restore from a file…" on the recovery screen: a copy kept outside the data
// folder (a USB stick, a colleague's copy) restored by its full path — typed,
// or chosen in the desktop app's own dialog where the preload offers it
// (renderer/backups/hostFiles.ts). While the file is damaged the Backups
// screen is not reachable, so this is the only way to such a copy. The server
// checks the file before anything is replaced (backups.restore).
import { useFilePathField } from '../backups/useFilePathField';
import { useLocale } from '../i18n/LocaleContext';

type Props = Readonly<{
  busy: boolean;
  restoring: boolean;
  onRestore: (path: string) => void;
}>;

export function RestoreFilePanel({ busy, restoring, onRestore }: Props) {
  const { t } = useLocale();
  const { path, setPath, missing, setMissing, ids, canChoose, submit, choose } = useFilePathField(busy, onRestore);

  return (
    <div className="recovery-file" role="group" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('recovery.file.heading')}</h3>
      <p id={ids.help} className="muted">
        {t('recovery.file.help')}
      </p>
      <form className="recovery-file-form" onSubmit={submit} noValidate>
        <label className="field-label" htmlFor={ids.field}>
          {t('recovery.file.path')}
        </label>
        <div className="recovery-file-row">
          <input
            id={ids.field}
            type="text"
            className="mono"
            value={path}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={missing}
            aria-describedby={missing ? `${ids.help} ${ids.error}` : ids.help}
            onChange={(event) => {
              setPath(event.target.value);
              setMissing(false);
            }}
          />
          {canChoose && (
            <button type="button" className="button" onClick={() => void choose()}>
              {t('recovery.file.choose')}
            </button>
          )}
        </div>
        {missing && (
          <p id={ids.error} className="field-error">
            {t('recovery.file.required')}
          </p>
        )}
        <button type="submit" className="button" aria-disabled={busy}>
          {restoring ? t('recovery.backup.restoring') : t('recovery.file.restore')}
        </button>
      </form>
    </div>
  );
}
