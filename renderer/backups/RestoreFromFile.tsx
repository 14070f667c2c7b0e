// Restore from a file saved elsewhere: its full path on this computer, typed
// (the browser host runs on this computer, so no upload is needed) or chosen
// in the desktop app's dialog where the preload offers it (hostFiles.ts).
import { useLocale } from '../i18n/LocaleContext';
import { useFilePathField } from './useFilePathField';

type Props = Readonly<{
  busy: boolean;
  /** Asks to restore the file (the page confirms first). */
  onRestore: (path: string) => void;
}>;

export function RestoreFromFile({ busy, onRestore }: Props) {
  const { t } = useLocale();
  const { path, setPath, missing, setMissing, ids, canChoose, submit, choose } = useFilePathField(busy, onRestore);

  return (
    <section className="panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('backups.fromFile.heading')}</h2>
      <p id={ids.help} className="muted">
        {t('backups.fromFile.help')}
      </p>
      <form className="backups-file-form" onSubmit={submit} noValidate>
        <div className="field backups-file-field">
          <label className="field-label" htmlFor={ids.field}>
            {t('backups.fromFile.path')}
          </label>
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
        </div>
        {canChoose && (
          <button type="button" className="button" onClick={() => void choose()}>
            {t('backups.fromFile.choose')}
          </button>
        )}
        <button type="submit" className="button" aria-disabled={busy}>
          {t('backups.fromFile.restore')}
        </button>
        {missing && (
          <p id={ids.error} className="field-error backups-file-error">
            {t('backups.fromFile.required')}
          </p>
        )}
      </form>
    </section>
  );
}
