// Columns of the cases table. Column ids are the sort columns cases.list
// accepts, so the table's sorting state goes to SQLite as it is.
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  type CellContext,
} from '@tanstack/react-table';
import type { CaseSortColumn } from '../../shared/cases/schemas';
import type { CaseRow } from '../../shared/cases/domain';
import { localToday } from '../../shared/domain/dates';
import type { MessageKey } from '../../shared/i18n/catalog';
import { caseSides } from '../case/caseSides';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';

// Sorting and filtering are declared so the table holds their state and the
// header controls; with manualSorting/manualFiltering the rows it is given are
// already sorted and filtered by the database.
export const caseTableFeatures = tableFeatures({ rowSortingFeature, columnFilteringFeature, columnVisibilityFeature });
type Features = typeof caseTableFeatures;
type Context = CellContext<Features, CaseRow>;

export type CaseColumnId = Extract<
  CaseSortColumn,
  'reference' | 'title' | 'agreement' | 'kind' | 'complainant' | 'stage' | 'status' | 'nextLimitDate' | 'openedOn' | 'leadOfficer' | 'updatedAt'
>;

export const COLUMN_LABELS: Readonly<Record<CaseColumnId, MessageKey>> = {
  reference: 'cases.column.reference',
  title: 'cases.column.title',
  agreement: 'cases.column.agreement',
  kind: 'cases.column.kind',
  complainant: 'cases.column.parties',
  stage: 'cases.column.stage',
  status: 'cases.column.status',
  nextLimitDate: 'cases.column.nextLimit',
  openedOn: 'cases.column.opened',
  leadOfficer: 'cases.column.leadOfficer',
  updatedAt: 'cases.column.updated',
};

function ColumnLabel({ id }: { id: CaseColumnId }) {
  const { t } = useLocale();
  return <>{t(COLUMN_LABELS[id])}</>;
}

/** Text that may be cut short by the column width keeps its whole in a tooltip. */
function Clipped({ text }: { text: string }) {
  return <span title={text}>{text}</span>;
}

function ReferenceCell({ row }: Context) {
  return (
    <a href={routeHref({ name: 'case', id: row.original.id })} className="mono case-ref">
      {row.original.reference}
    </a>
  );
}

function TitleCell({ row }: Context) {
  const { t } = useLocale();
  const record = row.original;
  return (
    <>
      {record.sample && (
        <span className="badge sample-mark" title={t('cases.sample.help')}>
          {t('cases.sample')}
        </span>
      )}
      {record.perishable && (
        <span className="badge warning perishable-mark" title={t('cases.perishable.help')}>
          {t('cases.perishable')}
        </span>
      )}
      <Clipped text={record.title} />
    </>
  );
}

function AgreementCell({ row }: Context) {
  const { t } = useLocale();
  return <Clipped text={t(`agreement.${row.original.agreement}`)} />;
}

function KindCell({ row }: Context) {
  const { t } = useLocale();
  return <Clipped text={t(`kind.${row.original.kind}`)} />;
}

function PartiesCell({ row }: Context) {
  const { t } = useLocale();
  const sides = caseSides(t, row.original);
  return <Clipped text={`${sides.from} → ${sides.to}`} />;
}

function StageCell({ row }: Context) {
  const { t } = useLocale();
  return <Clipped text={t(`stage.${row.original.stage}`)} />;
}

function StatusCell({ row }: Context) {
  const { t } = useLocale();
  return <span className={`status status-${row.original.status}`}>{t(`status.${row.original.status}`)}</span>;
}

function NextLimitCell({ row }: Context) {
  const { t, formatDate } = useLocale();
  const date = row.original.nextLimitDate;
  if (date === null) return <span className="muted">—</span>;
  const past = date < localToday();
  return (
    <time dateTime={date} className={past ? 'limit-past' : undefined}>
      {formatDate(date)}
      {past && <span className="visually-hidden"> {t('cases.limitPast')}</span>}
    </time>
  );
}

function OpenedCell({ row }: Context) {
  const { formatDate } = useLocale();
  return <time dateTime={row.original.openedOn}>{formatDate(row.original.openedOn)}</time>;
}

function LeadOfficerCell({ row }: Context) {
  return <Clipped text={row.original.leadOfficer} />;
}

function UpdatedCell({ row }: Context) {
  const { formatDate, formatDateTime } = useLocale();
  // The day on the official's own calendar; the full time is in the tooltip.
  const day = localToday(new Date(row.original.updatedAt));
  return (
    <time dateTime={row.original.updatedAt} title={formatDateTime(row.original.updatedAt)}>
      {formatDate(day)}
    </time>
  );
}

const helper = createColumnHelper<Features, CaseRow>();

export const caseColumns = helper.columns([
  helper.accessor('reference', { id: 'reference', header: () => <ColumnLabel id="reference" />, cell: ReferenceCell, enableHiding: false }),
  helper.accessor('title', { id: 'title', header: () => <ColumnLabel id="title" />, cell: TitleCell, enableHiding: false }),
  helper.accessor('agreement', { id: 'agreement', header: () => <ColumnLabel id="agreement" />, cell: AgreementCell }),
  helper.accessor('complainant', { id: 'complainant', header: () => <ColumnLabel id="complainant" />, cell: PartiesCell }),
  helper.accessor('stage', { id: 'stage', header: () => <ColumnLabel id="stage" />, cell: StageCell }),
  helper.accessor('status', { id: 'status', header: () => <ColumnLabel id="status" />, cell: StatusCell }),
  helper.accessor('nextLimitDate', { id: 'nextLimitDate', header: () => <ColumnLabel id="nextLimitDate" />, cell: NextLimitCell }),
  helper.accessor('kind', { id: 'kind', header: () => <ColumnLabel id="kind" />, cell: KindCell }),
  // Newest first is the useful first click for these two dates.
  helper.accessor('openedOn', { id: 'openedOn', header: () => <ColumnLabel id="openedOn" />, cell: OpenedCell, sortDescFirst: true }),
  helper.accessor('leadOfficer', { id: 'leadOfficer', header: () => <ColumnLabel id="leadOfficer" />, cell: LeadOfficerCell }),
  helper.accessor('updatedAt', { id: 'updatedAt', header: () => <ColumnLabel id="updatedAt" />, cell: UpdatedCell, sortDescFirst: true }),
]);

export function isCaseColumnId(id: string): id is CaseColumnId {
  return Object.prototype.hasOwnProperty.call(COLUMN_LABELS, id);
}
