// Show or hide columns. A disclosure (details/summary) keeps it keyboard- and
// screen-reader-friendly without a custom menu widget; it closes on Escape
// and on a click elsewhere, as a menu would.
import { useEffect, useRef } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { COLUMN_LABELS, isCaseColumnId } from './caseColumns';
import type { CaseTable } from './CasesTable';

export function ColumnMenu({ table }: { table: CaseTable }) {
  const { t } = useLocale();
  const detailsRef = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    function onPointerDown(event: PointerEvent) {
      const details = detailsRef.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    }
    function onKeyDown(event: KeyboardEvent) {
      const details = detailsRef.current;
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <details className="column-menu" ref={detailsRef}>
      <summary className="button">{t('cases.columns.menu')}</summary>
      <fieldset className="column-menu-panel">
        <legend>{t('cases.columns.legend')}</legend>
        {table.getAllLeafColumns().map((column) => (
          <label key={column.id} className={column.getCanHide() ? 'checkbox' : 'checkbox locked'}>
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
            />
            {isCaseColumnId(column.id) ? t(COLUMN_LABELS[column.id]) : column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
