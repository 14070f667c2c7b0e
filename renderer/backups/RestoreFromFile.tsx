// Restore from a file saved elsewhere: its full path on this computer, typed
// (the browser host runs on this computer, so no upload is needed) or chosen
// in the desktop app's dialog where the preload offers it (hostFiles.ts).
import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { fileDialogs } from './hostFiles';

type Props = Readonly<{
  busy: boolean;
  /** Asks to restore the file (the page confirms first). */
  onRestore: (path: string) => void;
}>;

export function RestoreFromFile({ busy, onRestore }: Props) {
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
    if (chosen !== null && chosen !== undefined) {
      setPath(chosen);
      setMissing(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backups.fromFile.heading')}</h2>
      <p id={helpId} className="muted">
        {t('backups.fromFile.help')}
      </p>
      <form className="backups-file-form" onSubmit={submit} noValidate>
        <div className="field backups-file-field">
          <label className="field-label" htmlFor={fieldId}>
            {t('backups.fromFile.path')}
          </label>
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
        </div>
        {dialogs !== null && (
          <button type="button" className="button" onClick={() => void choose()}>
            {t('backups.fromFile.choose')}
          </button>
        )}
        <button type="submit" className="button" aria-disabled={busy}>
          {t('backups.fromFile.restore')}
        </button>
        {missing && (
          <p id={errorId} className="field-error backups-file-error">
            {t('backups.fromFile.required')}
          </p>
        )}
      </form>
    </section>
  );
}
