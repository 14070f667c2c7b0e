// One entry of the history: when, who (the name given, the system account and
// the app installation) and on which computer; what was done and
// which fields changed; on the History screen, also a link to the record. Used
// by the case page's history and the app-wide History screen alike.
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../shared/history/domain';
import { useLocale } from '../i18n/LocaleContext';
import { actorName, entryChanges, entryHeadline, entryNote } from './entryWords';

export function HistoryEntry({ entry, record }: Readonly<{ entry: AuditEntry; record?: ReactNode }>) {
  const tools = useLocale();
  const { t, formatDateTime } = tools;
  const changes = entryChanges(tools, entry);
  const note = entryNote(entry);
  return (
    // Focusable only by script: "Show older changes" moves focus to the first older entry.
    <li className={`history-entry history-${entry.action}`} tabIndex={-1}>
      <div className="history-meta">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <span className="history-actor">{actorName(tools, entry.actor)}</span>
        {/* Entries written before version 30 did not record the computer. */}
        {entry.device !== '' && <span className="history-device">{t('history.device', { device: entry.device })}</span>}
        {/* Entries written before version 100 did not record the account or the installation. */}
        {entry.account !== '' && <span className="history-account">{t('history.account', { account: entry.account })}</span>}
        {entry.deviceId !== '' && (
          <span className="history-installation" title={entry.deviceId}>
            {t('history.installation', { id: entry.deviceId.slice(0, 8) })}
          </span>
        )}
      </div>
      <div className="history-what">
        {record !== undefined && <div className="history-record">{record}</div>}
        <div className="history-headline">{entryHeadline(tools, entry)}</div>
        {changes.length > 0 && (
          <ul className="history-changes">
            {changes.map((change) => (
              <li key={change.field}>
                <span className="history-field">{change.label}:</span>{' '}
                {change.kind === 'changed' ? (
                  <>
                    <del>{change.before}</del> → <ins>{change.after}</ins>
                  </>
                ) : (
                  change.value
                )}
              </li>
            ))}
          </ul>
        )}
        {note !== null && <p className="history-text">{note}</p>}
      </div>
    </li>
  );
}
