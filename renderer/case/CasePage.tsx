// One case: its particulars, what is wrong with its record, the timeline of
// events and treaty time limits, the time-limits table (with how limits are
// counted), the event record and the history of changes.
import { useCallback, useMemo, useState } from 'react';
import { useQueryMethod } from '../api/queries';
import { UnsavedScope } from '../forms/UnsavedScope';
import { HistorySection } from '../history/HistorySection';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { CaseHeader } from './CaseHeader';
import { CaseTimeline } from './timeline/CaseTimeline';
import { CountingHelp } from './CountingHelp';
import { EventList } from './EventList';
import { LimitsTable } from './LimitsTable';
import { compareLimits } from './limitPresentation';
import { ProblemsPanel } from './ProblemsPanel';
import './casePage.css';
import { ErrorNotice } from '../shell/ErrorNotice';

export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useLocale();
  // Every change made on the page (an event, an agreed period) is a command
  // that refreshes this read: the stage and every limit are derived from the events.
  const detail = useQueryMethod('cases.get', { id: caseId });
  const [highlight, setHighlight] = useState<string | null>(null);
  const [highlightEvent, setHighlightEvent] = useState<string | null>(null);

  // From the problems panel to the event or time limit concerned: scrolled
  // into view, marked, and focused so a keyboard user lands on it too.
  const showEvent = useCallback((eventId: string) => {
    setHighlightEvent(eventId);
    bringIntoView(`li[data-event-id="${CSS.escape(eventId)}"]`);
  }, []);
  const showLimit = useCallback((key: string) => {
    setHighlight(key);
    bringIntoView(`tr[data-limit-key="${CSS.escape(key)}"]`);
  }, []);

  // One order for the timeline badges and the table rows, so the numbers match.
  const limits = useMemo(
    () => [...(detail.data?.limits ?? [])].sort(compareLimits),
    [detail.data],
  );

  if (detail.data === undefined) {
    if (detail.error)
      return (
        <div className="page case-page">
          <h1>{detail.error.code === 'not_found' ? t('case.notFound') : t('case.loadFailed')}</h1>
          {detail.error.code !== 'not_found' && <ErrorNotice error={detail.error} />}
          <p>
            <a href={routeHref({ name: 'cases' })}>{t('case.backToCases')}</a>
          </p>
        </div>
      );
    return (
      <div className="page case-page">
        <p className="muted">{t('case.loading')}</p>
      </div>
    );
  }

  const { case: record, events, stage, today, warnings } = detail.data;
  return (
    // One guard for the page's small forms (an event being added or corrected, an agreed period).
    <UnsavedScope>
      <div className="page case-page" aria-busy={detail.isFetching}>
        {detail.error && <ErrorNotice error={detail.error} />}
        <CaseHeader record={record} stage={stage} />

        <ProblemsPanel caseId={record.id} warnings={warnings} events={events} limits={limits} onShowEvent={showEvent} onShowLimit={showLimit} />

        <section className="panel case-section" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('timeline.heading')}</h2>
          {events.length === 0 ? (
            <p className="case-empty">{t('timeline.empty')}</p>
          ) : (
            <CaseTimeline
              events={events}
              limits={limits}
              today={today}
              highlight={highlight}
              onHighlight={setHighlight}
              highlightEvent={highlightEvent}
            />
          )}
        </section>

        <section className="panel case-section" aria-labelledby="limits-heading">
          <h2 id="limits-heading">{t('timeline.limitsHeading')}</h2>
          <p className="section-note">{t('timeline.limitsNote')}</p>
          <CountingHelp />
          <LimitsTable caseId={record.id} limits={limits} highlight={highlight} onHighlight={setHighlight} />
        </section>

        <section className="panel case-section" aria-labelledby="events-heading">
          {/* tabIndex: the focus lands here after an event is removed. */}
          <h2 id="events-heading" tabIndex={-1}>{t('events.heading')}</h2>
          <EventList caseId={record.id} kind={record.kind} events={events} highlight={highlightEvent} />
        </section>

        <section className="panel case-section" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('history.heading')}</h2>
          <HistorySection caseId={record.id} />
        </section>
      </div>
    </UnsavedScope>
  );
}

function bringIntoView(selector: string): void {
  const target = document.querySelector<HTMLElement>(selector);
  if (target === null) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
