// Columns of the cases table: a spec per column (renderer/table/columnSpec.ts).
// Column ids are the sort columns cases.list accepts, so the table's sort goes
// to SQLite as it is.
import type { CaseSortColumn } from '../../shared/cases/schemas';
import type { CaseRow } from '../../shared/cases/domain';
import { localToday } from '../../shared/domain/dates';
import { caseSides } from '../case/caseSides';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import type { ColumnSpec } from '../table/columnSpec';

export type CaseColumnId = Extract<
  CaseSortColumn,
  'reference' | 'title' | 'agreement' | 'kind' | 'complainant' | 'stage' | 'status' | 'nextLimitDate' | 'openedOn' | 'leadOfficer' | 'updatedAt'
>;

type Props = Readonly<{ row: CaseRow }>;

/** Text that may be cut short by the column width keeps its whole in a tooltip. */
function Clipped({ text }: { text: string }) {
  return <span title={text}>{text}</span>;
}

function ReferenceCell({ row }: Props) {
  // A real link (open in place, copy its address); the row is the keyboard's tab stop, not each link.
  return (
    <a href={routeHref({ name: 'case', id: row.id })} className="mono case-ref" tabIndex={-1}>
      {row.reference}
    </a>
  );
}

function TitleCell({ row }: Props) {
  const { t } = useLocale();
  const record = row;
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

function AgreementCell({ row }: Props) {
  const { t } = useLocale();
  return <Clipped text={t(`agreement.${row.agreement}`)} />;
}

function KindCell({ row }: Props) {
  const { t } = useLocale();
  return <Clipped text={t(`kind.${row.kind}`)} />;
}

function PartiesCell({ row }: Props) {
  const { t } = useLocale();
  const sides = caseSides(t, row);
  return <Clipped text={`${sides.from} → ${sides.to}`} />;
}

function StageCell({ row }: Props) {
  const { t } = useLocale();
  return <Clipped text={t(`stage.${row.stage}`)} />;
}

function StatusCell({ row }: Props) {
  const { t } = useLocale();
  return <span className={`status status-${row.status}`}>{t(`status.${row.status}`)}</span>;
}

function NextLimitCell({ row }: Props) {
  const { t, formatDate } = useLocale();
  const date = row.nextLimitDate;
  if (date === null) return <span className="muted">—</span>;
  const past = date < localToday();
  return (
    <time dateTime={date} className={past ? 'limit-past' : undefined}>
      {formatDate(date)}
      {past && <span className="visually-hidden"> {t('cases.limitPast')}</span>}
    </time>
  );
}

function OpenedCell({ row }: Props) {
  const { formatDate } = useLocale();
  return <time dateTime={row.openedOn}>{formatDate(row.openedOn)}</time>;
}

function LeadOfficerCell({ row }: Props) {
  return <Clipped text={row.leadOfficer} />;
}

function UpdatedCell({ row }: Props) {
  const { formatDate, formatDateTime } = useLocale();
  // The day on the official's own calendar; the full time is in the tooltip.
  const day = localToday(new Date(row.updatedAt));
  return (
    <time dateTime={row.updatedAt} title={formatDateTime(row.updatedAt)}>
      {formatDate(day)}
    </time>
  );
}

// Widths: the reference and title say what a case is and stay; at 1280 px the
// title column is wide enough for most titles (~50 characters); on a wider
// screen it takes the spare width (fill). Dates sort newest first on the
// first click.
export const CASE_COLUMNS: readonly ColumnSpec<CaseRow>[] = [
  { id: 'reference', label: 'cases.column.reference', Cell: ReferenceCell, size: 175, minSize: 110, hideable: false, sticky: true },
  { id: 'title', label: 'cases.column.title', Cell: TitleCell, size: 380, minSize: 160, hideable: false, fill: true },
  { id: 'agreement', label: 'cases.column.agreement', Cell: AgreementCell, size: 150 },
  { id: 'complainant', label: 'cases.column.parties', Cell: PartiesCell, size: 200 },
  { id: 'stage', label: 'cases.column.stage', Cell: StageCell, size: 160 },
  { id: 'status', label: 'cases.column.status', Cell: StatusCell, size: 100 },
  { id: 'nextLimitDate', label: 'cases.column.nextLimit', Cell: NextLimitCell, size: 130 },
  { id: 'kind', label: 'cases.column.kind', Cell: KindCell, size: 180 },
  { id: 'openedOn', label: 'cases.column.opened', Cell: OpenedCell, size: 115, sortDescFirst: true },
  { id: 'leadOfficer', label: 'cases.column.leadOfficer', Cell: LeadOfficerCell, size: 160 },
  { id: 'updatedAt', label: 'cases.column.updated', Cell: UpdatedCell, size: 115, sortDescFirst: true },
] satisfies readonly (ColumnSpec<CaseRow> & { id: CaseColumnId })[];
