// A text field inside a table row of the meeting page (an attendee's name, an
// action item's "what"), saved as it is typed like the minutes (useAutosave:
// kept on this computer at once, sent after a pause and on leaving the field).
// Keyboard-first, as a spreadsheet: Enter saves now and goes to the same field
// of the next row; Tab moves along the row.
import type { KeyboardEvent } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { useAutosave } from './useAutosave';

type Props = Readonly<{
  /** Names the draft kept on this computer: one per record and field. */
  draftKey: string;
  /** The same for every row of a column: Enter moves to the next row's field. */
  column: string;
  stored: string;
  label: string;
  maxLength: number;
  save: (text: string) => Promise<boolean>;
}>;

export function AutosavedCell({ draftKey, column, stored, label, maxLength, save }: Props) {
  const { t } = useLocale();
  const field = useAutosave(draftKey, stored, save);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    void field.flush();
    const next = event.currentTarget.closest('tr')?.nextElementSibling?.querySelector<HTMLInputElement>(`input[data-column="${column}"]`);
    next?.focus();
  }

  return (
    <>
      <input
        className="cell-input"
        data-column={column}
        aria-label={label}
        value={field.text}
        maxLength={maxLength}
        onChange={(event) => field.setText(event.target.value)}
        onBlur={() => void field.flush()}
        onKeyDown={onKeyDown}
      />
      {/* Always present, so a screen reader hears the state change; says nothing once saved. */}
      <span className="autosave-state cell-state muted" aria-live="polite">
        {field.state === 'saved' ? '' : t(`meetings.autosave.${field.state}`)}
      </span>
    </>
  );
}
