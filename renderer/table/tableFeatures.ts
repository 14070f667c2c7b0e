import { columnSizingFeature, columnVisibilityFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

// Sorting is declared so the table holds its state and the header controls;
// with manualSorting the rows it is given are already sorted by the database.
// Sizing holds the widths (the renderer applies them, see columnWidths.ts).
export const listTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature, columnSizingFeature });
export type ListTableFeatures = typeof listTableFeatures;
