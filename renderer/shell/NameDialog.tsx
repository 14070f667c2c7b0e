// Asked once, on first start: the audit log records who made each change.
import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { UserNameField, useUserNameForm } from './UserNameField';

export function NameDialog() {
  const { t } = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // On success the shell stops rendering this dialog.
  const form = useUserNameForm('', () => undefined);
  const titleId = useId();
  const introId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

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
      <form onSubmit={form.submit} noValidate>
        <h2 id={titleId}>{t('nameDialog.title')}</h2>
        <p id={introId}>{t('nameDialog.intro')}</p>
        <UserNameField form={form} label={t('nameDialog.label')} />
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={form.saving}>
            {t('nameDialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
