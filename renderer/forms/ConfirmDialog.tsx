// A confirm prompt that is a real modal dialog (issue 6 §1: the remove
// prompt was skipped by Tab and ignored Escape): it takes the focus when it
// opens, keeps Tab and Shift+Tab inside it, closes on Escape as "no", and
// gives the focus back to what had it before — unless the caller moves it
// elsewhere (the removed record's row no longer exists).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './forms.css';

type Props = Readonly<{
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A removal or a discard is 'danger'. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}>;

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, tone = 'danger', busy = false, onConfirm, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The safe answer first: Enter straight after opening does not destroy anything.
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to the button that opened the prompt, if the caller did not move the focus on.
      const focusLost = document.activeElement === null || document.activeElement === document.body || dialog.contains(document.activeElement);
      if (focusLost && opener?.isConnected) opener.focus();
    };
  }, []);

  function trapTab(event: React.KeyboardEvent<HTMLDialogElement>) {
    // Escape answers this prompt only; the edit form around it must not also take it as "cancel the edit".
    if (event.key === 'Escape') event.stopPropagation();
    if (event.key !== 'Tab') return;
    const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = items[0];
    const last = items[items.length - 1];
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={children === undefined ? undefined : bodyId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        // Escape: the dialog closes through the caller, which unmounts it.
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children !== undefined && <div id={bodyId}>{children}</div>}
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={`button ${tone}`} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
