// Asked once, on first start: the audit log records who made each change.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { useUser } from './UserContext';

export function NameDialog() {
  const { t } = useLocale();
  const { saveUserName } = useUser();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const introId = useId();
  const errorId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('nameDialog.required'));
      return;
    }
    setSaving(true);
    const failure = await saveUserName(trimmed);
    setSaving(false);
    if (failure !== null) setError(failure.fields?.userName ?? failure.message);
    // On success the shell stops rendering this dialog.
  }

  return (
    <dialog
      ref={dialogRef}
      className="name-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      // The name is needed before any change can be recorded, so Escape does not dismiss it.
      onCancel={(event) => event.preventDefault()}
      onClose={(event) => {
        // Chromium lets a repeated Escape close a dialog even when cancel is
        // prevented; open it again.
        if (!event.currentTarget.open) event.currentTarget.showModal();
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>{t('nameDialog.title')}</h2>
        <p id={introId}>{t('nameDialog.intro')}</p>
        <label className="field">
          <span className="field-label">{t('nameDialog.label')}</span>
          <input
            type="text"
            name="userName"
            autoComplete="name"
            maxLength={120}
            value={name}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? errorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
        </label>
        {error !== null && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={saving}>
            {t('nameDialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
