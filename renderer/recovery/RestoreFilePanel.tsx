// "Restore from a file…" on the recovery screen: a copy kept outside the data
// folder (a USB stick, a colleague's copy) restored by its full path — typed,
// or chosen in the desktop app's own dialog where the preload offers it
// (renderer/backups/hostFiles.ts). While the file is damaged the Backups
// screen is not reachable, so this is the only way to such a copy. The server
// checks the file before anything is replaced (backups.restore).
import { useId, useState, type FormEvent } from 'react';
import { fileDialogs } from '../backups/hostFiles';
import { useLocale } from '../i18n/LocaleContext';

type Props = Readonly<{
  busy: boolean;
  restoring: boolean;
  onRestore: (path: string) => void;
}>;

export function RestoreFilePanel({ busy, restoring, onRestore }: Props) {
  const { t } = useLocale();
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);
  const headingId = useId();
  const fieldId = useId();
  const helpId = useId();
  const errorId = useId();
  const dialogs = fileDialogs();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (path.trim() === '') {
      setMissing(true);
      return;
    }
    onRestore(path.trim());
  }

  async function choose() {
    const chosen = await dialogs?.chooseFile();
    if (chosen === null || chosen === undefined) return;
    setPath(chosen);
    setMissing(false);
  }

  return (
    <div className="recovery-file" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recovery.file.heading')}</h3>
      <p id={helpId} className="muted">
        {t('recovery.file.help')}
      </p>
      <form className="recovery-file-form" onSubmit={submit} noValidate>
        <label className="field-label" htmlFor={fieldId}>
          {t('recovery.file.path')}
        </label>
        <div className="recovery-file-row">
          <input
            id={fieldId}
            type="text"
            className="mono"
            value={path}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={missing}
            aria-describedby={missing ? `${helpId} ${errorId}` : helpId}
            onChange={(event) => {
              setPath(event.target.value);
              setMissing(false);
            }}
          />
          {dialogs !== null && (
            <button type="button" className="button" onClick={() => void choose()}>
              {t('recovery.file.choose')}
            </button>
          )}
        </div>
        {missing && (
          <p id={errorId} className="field-error">
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
