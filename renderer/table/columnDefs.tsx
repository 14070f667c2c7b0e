// Column specs (columnSpec.ts) as TanStack Table columns.
import { createColumnHelper, type RowData } from '@tanstack/react-table';
import type { MessageKey } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { widthLimits, type ColumnSpec } from './columnSpec';
import type { ListTableFeatures } from './tableFeatures';

function ColumnLabel({ label }: { label: MessageKey }) {
  const { t } = useLocale();
  return <>{t(label)}</>;
}

export function toColumnDefs<Row extends RowData>(specs: readonly ColumnSpec<Row>[]) {
  const helper = createColumnHelper<ListTableFeatures, Row>();
  return helper.columns(
    specs.map((spec) => {
      const limits = widthLimits(spec);
      const Cell = spec.Cell;
      return helper.accessor(
        // Sorting is done by the database; the accessor only marks the column sortable.
        () => spec.id,
        {
          id: spec.id,
          header: () => <ColumnLabel label={spec.label} />,
          cell: ({ row }) => <Cell row={row.original} />,
          size: limits.size,
          minSize: limits.minSize,
          maxSize: limits.maxSize,
          enableSorting: spec.sortable ?? true,
          enableHiding: spec.hideable ?? true,
          sortDescFirst: spec.sortDescFirst ?? false,
        },
      );
    }),
  );
}
