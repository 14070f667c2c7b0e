// Show or hide columns. A disclosure (details/summary) keeps it keyboard- and
// screen-reader-friendly without a custom menu widget; it closes on Escape
// and on a click elsewhere, as a menu would. Which columns are hidden is part
// of the view (in the address), so the screen owns it.
import { useEffect, useRef } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import type { ColumnSpec } from './columnSpec';
import './table.css';

export function ColumnMenu<Row>({
  columns,
  hidden,
  onChange,
}: {
  columns: readonly ColumnSpec<Row>[];
  hidden: readonly string[];
  onChange: (hidden: readonly string[]) => void;
}) {
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
      <summary className="button">{t('table.columns.menu')}</summary>
      <fieldset className="column-menu-panel">
        <legend>{t('table.columns.legend')}</legend>
        {columns.map((column) => {
          const canHide = column.hideable ?? true;
          return (
            <label key={column.id} className={canHide ? 'checkbox' : 'checkbox locked'}>
              <input
                type="checkbox"
                checked={!hidden.includes(column.id)}
                disabled={!canHide}
                onChange={(event) =>
                  onChange(event.target.checked ? hidden.filter((id) => id !== column.id) : [...hidden, column.id])
                }
              />
              {t(column.label)}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
