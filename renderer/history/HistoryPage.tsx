// The app-wide History screen: every change of every record — cases, their
// events and agreed periods, the settings — newest first, a page at a time,
// each with a link to the record it changed (issue 6 §1, "One write path"),
// and "Verify history", which checks that none was altered (issue 7 §4).
import type { AuditEntry } from '../../shared/history/domain';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { entryRecord, type CaseName } from './entryRecord';
import { HistoryList } from './HistoryList';
import { useCaseNames } from './useCaseNames';
import { useHistoryPages } from './useHistoryPages';
import { VerifyHistory } from './VerifyHistory';

const NO_ENTRIES: readonly AuditEntry[] = [];

function RecordLink({ entry, caseName }: Readonly<{ entry: AuditEntry; caseName: (caseId: string) => CaseName | null }>) {
  const { t } = useLocale();
  const record = entryRecord(entry);
  if (record === null) return null;
  switch (record.type) {
    case 'case': {
      const name = caseName(record.caseId);
      const text = name === null ? t('history.record.caseUnnamed') : t('history.record.case', { reference: name.reference, title: name.title });
      return (
        <a href={routeHref({ name: 'case', id: record.caseId })} title={text}>
          {text}
        </a>
      );
    }
    case 'meeting':
      return <a href={routeHref({ name: 'meeting', id: record.meetingId })}>{t('history.record.meeting')}</a>;
    case 'settings':
      return <a href={routeHref({ name: 'settings' })}>{t('history.record.settings')}</a>;
    default: {
      const unreachable: never = record;
      return unreachable;
    }
  }
}

export function HistoryPage() {
  const { t } = useLocale();
  // Shown from the cache at once and read afresh each time the screen is opened.
  const pages = useHistoryPages(undefined);
  const caseName = useCaseNames(pages.items ?? NO_ENTRIES);
  return (
    <div className="page history-page">
      <h1>{t('history.heading')}</h1>
      <p className="muted">{t('history.intro')}</p>
      <VerifyHistory />
      <section className="panel">
        <HistoryList pages={pages} label={t('history.listLabel')} record={(entry) => <RecordLink entry={entry} caseName={caseName} />} />
      </section>
    </div>
  );
}
