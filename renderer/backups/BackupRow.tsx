// One backup in the list: when it was taken and why, its size and cases,
// whether its check found it intact, and what can be done with it.
import type { BackupEntry } from '../../shared/backups/domain';
import { useLocale } from '../i18n/LocaleContext';
import { reasonText, sizeText } from './backupWords';

type Props = Readonly<{
  entry: BackupEntry;
  /** Another action is running: the buttons say so rather than start a second one. */
  busy: boolean;
  onSave: (entry: BackupEntry) => void;
  onRestore: (entry: BackupEntry) => void;
}>;

export function BackupRow({ entry, busy, onSave, onRestore }: Props) {
  const tools = useLocale();
  const { t, formatDateTime, formatNumber } = tools;
  const date = formatDateTime(entry.at);
  return (
    <tr data-backup={entry.name}>
      <td className="backups-when">
        <time dateTime={entry.at}>{date}</time>
      </td>
      <td>{reasonText(tools, entry)}</td>
      <td className="number">{sizeText(tools, entry.size)}</td>
      <td className="number">{entry.cases === null ? t('backups.unknown') : formatNumber(entry.cases)}</td>
      <td>
        <Verified entry={entry} />
      </td>
      <td>
        {/* aria-disabled, not disabled: the focus stays on the button while another action runs. */}
        <div className="backups-row-actions">
            <button type="button" className="button" aria-label={t('backups.save.aria', { date })} aria-disabled={busy} onClick={() => !busy && onSave(entry)}>
            {t('backups.save')}
          </button>
          <button type="button" className="button" aria-label={t('backups.restore.aria', { date })} aria-disabled={busy} onClick={() => !busy && onRestore(entry)}>
            {t('backups.restore')}
          </button>
        </div>
      </td>
    </tr>
  );
}

function Verified({ entry }: { entry: BackupEntry }) {
  const { t } = useLocale();
  if (entry.verified === null) return <span className="muted">{t('backups.verified.unknown')}</span>;
  return (
    <>
      {entry.verified ? (
        <span className="badge success">
          <span aria-hidden="true">✓ </span>
          {t('backups.verified.yes')}
        </span>
      ) : (
        <span className="badge danger" title={entry.problem ?? undefined}>
          <span aria-hidden="true">✗ </span>
          {t('backups.verified.no')}
        </span>
      )}
      {entry.historyChainOk === false && <div className="backups-warning">{t('backups.historyAltered')}</div>}
    </>
  );
}
