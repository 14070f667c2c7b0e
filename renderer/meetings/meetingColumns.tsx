// Columns of the meetings table: a spec per column (renderer/table/columnSpec.ts).
// Sortable column ids are the sort columns meetings.list accepts.
import type { MeetingRow } from '../../shared/meetings/domain';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import type { ColumnSpec } from '../table/columnSpec';
import { bodyName, meetingDates } from './meetingWords';

type Props = Readonly<{ row: MeetingRow }>;

function DateCell({ row }: Props) {
  const { formatDate } = useLocale();
  // A real link (open in place, copy its address); the row is the keyboard's tab stop, not each link.
  return (
    <a href={routeHref({ name: 'meeting', id: row.id })} tabIndex={-1} className="meeting-link">
      {meetingDates(row, formatDate)}
    </a>
  );
}

function BodyCell({ row }: Props) {
  const { t, locale } = useLocale();
  const name = bodyName(row.agreement, row.body, locale);
  return (
    <>
      {row.sample && (
        <span className="badge sample-mark" title={t('cases.sample.help')}>
          {t('cases.sample')}
        </span>
      )}
      <span title={name}>{name}</span>
    </>
  );
}

function AgreementCell({ row }: Props) {
  const { t } = useLocale();
  return <>{t(`agreement.${row.agreement}`)}</>;
}

function NumberCell({ row }: Props) {
  const { t } = useLocale();
  return <>{row.number === null ? '' : t('meetings.number', { n: row.number })}</>;
}

function PlaceCell({ row }: Props) {
  const { t } = useLocale();
  const place = row.virtual ? (row.place === '' ? t('meetings.virtual') : `${row.place} (${t('meetings.virtual')})`) : row.place;
  return <span title={place}>{place}</span>;
}

function StatusCell({ row }: Props) {
  const { t } = useLocale();
  return <span className={`badge meeting-status status-${row.status}`}>{t(`meetings.status.${row.status}`)}</span>;
}

export const MEETING_COLUMNS: readonly ColumnSpec<MeetingRow>[] = [
  { id: 'startsOn', label: 'meetings.column.date', Cell: DateCell, size: 210, sortDescFirst: true, hideable: false, sticky: true },
  { id: 'body', label: 'meetings.column.body', Cell: BodyCell, size: 320, fill: true, sortable: false, hideable: false },
  { id: 'agreement', label: 'meetings.column.agreement', Cell: AgreementCell, size: 170 },
  { id: 'number', label: 'meetings.column.number', Cell: NumberCell, size: 110 },
  { id: 'place', label: 'meetings.column.place', Cell: PlaceCell, size: 180, sortable: false },
  { id: 'status', label: 'meetings.column.status', Cell: StatusCell, size: 130 },
];
