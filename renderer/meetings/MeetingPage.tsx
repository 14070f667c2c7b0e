// One meeting, laid out for use during it: its particulars, then the
// attendees, the agenda with the minutes of each item (saved as typed), the
// decisions adopted and the action items — each added from the keyboard
// without leaving the page.
import { useState } from 'react';
import { convenedArticle } from '../../shared/meetings/convenedArticle';
import type { MeetingDetail } from '../../shared/meetings/domain';
import { useCommand, useQueryMethod } from '../api/queries';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { localCitation } from '../case/limitPresentation';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { navigate } from '../routing/useRoute';
import { ErrorNotice } from '../shell/ErrorNotice';
import { useUndo } from '../shell/UndoNotice';
import { meetingUndo } from '../trash/undoOffers';
import { plural } from '../shell/plural';
import { ActionItemsSection } from './ActionItemsSection';
import { AgendaSection } from './AgendaSection';
import { AttendeesSection } from './AttendeesSection';
import { DecisionsSection } from './DecisionsSection';
import { bodyName, meetingDates } from './meetingWords';
import './meetings.css';

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useLocale();
  const detail = useQueryMethod('meetings.get', { id: meetingId });
  // The cases of the meeting's agreement, for the agenda and action items to link to.
  const agreement = detail.data?.meeting.agreement;
  const cases = useQueryMethod(
    'cases.list',
    { agreement: agreement ?? 'cafta-dr', sort: { column: 'reference', direction: 'asc' }, limit: 500 },
    { enabled: agreement !== undefined },
  );
  if (detail.data === undefined)
    return (
      <div className="page meeting-page">
        {detail.error ? (
          <>
            <h1>{t(detail.error.code === 'not_found' ? 'meetings.notFound' : 'meetings.loadFailed')}</h1>
            {detail.error.code !== 'not_found' && <ErrorNotice error={detail.error} />}
          </>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    );
  const caseOptions = (cases.data?.rows ?? []).map((row) => ({ id: row.id, label: `${row.reference} — ${row.title}` }));
  return (
    <div className="page meeting-page">
      <MeetingHeader detail={detail.data} />
      <AttendeesSection detail={detail.data} />
      <AgendaSection detail={detail.data} cases={caseOptions} />
      <DecisionsSection detail={detail.data} />
      <ActionItemsSection detail={detail.data} cases={caseOptions} />
    </div>
  );
}

function MeetingHeader({ detail }: { detail: MeetingDetail }) {
  const tools = useLocale();
  const { t, locale, formatDate } = tools;
  const { meeting } = detail;
  const remove = useCommand('meetings.remove');
  const offerUndo = useUndo();
  const [confirming, setConfirming] = useState(false);
  const name = bodyName(meeting.agreement, meeting.body, locale);
  const place = meeting.virtual ? (meeting.place === '' ? t('meetings.virtual') : `${meeting.place} (${t('meetings.virtual')})`) : meeting.place;
  return (
    <header className="meeting-header">
      <p className="muted">
        <a href={routeHref({ name: 'meetings' })}>{t('meetings.title')}</a> · {t(`agreement.${meeting.agreement}`)}
      </p>
      <h1 className="meeting-title" tabIndex={-1}>
        {meeting.number === null ? name : t('meetings.heading.numbered', { n: meeting.number, body: name })}{' '}
        <span className={`badge meeting-status status-${meeting.status}`}>{t(`meetings.status.${meeting.status}`)}</span>
        {meeting.sample && <span className="badge sample-mark">{t('cases.sample')}</span>}
      </h1>
      <dl className="meeting-facts">
        <div>
          <dt>{t('meetings.field.dates')}</dt>
          <dd>{meetingDates(meeting, formatDate)}</dd>
        </div>
        <div>
          <dt>{t('meetings.field.place')}</dt>
          <dd>{place === '' ? '—' : place}</dd>
        </div>
        <div>
          <dt>{t('meetings.field.chair')}</dt>
          <dd>{meeting.chair === null ? '—' : t(`party.${meeting.chair}`)}</dd>
        </div>
        <div>
          <dt>{t('meetings.field.publicSession')}</dt>
          <dd>{t(meeting.publicSession ? 'meetings.yes' : 'meetings.no')}</dd>
        </div>
      </dl>
      {detail.convened.length > 0 && <p className="meeting-convened">{plural(tools, 'meetings.convened', detail.convened.length, { article: localCitation(convenedArticle(meeting.agreement), locale) })}</p>}
      <div className="meeting-actions">
        <a className="button" href={routeHref({ name: 'meetingEdit', id: meeting.id })}>
          {t('meetings.edit')}
        </a>
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('meetings.remove')}
        </button>
      </div>
      {remove.error !== null && <ErrorNotice error={remove.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('meetings.remove.title')}
          confirmLabel={t('meetings.remove')}
          cancelLabel={t('meetings.cancel')}
          busy={remove.pending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void remove.run({ id: meeting.id, version: meeting.version }).then((response) => {
              setConfirming(false);
              if (!response.ok) return;
              navigate({ name: 'meetings' });
              // As a case removed from its page: the notice says where it went and offers it back.
              offerUndo(meetingUndo(meeting));
            })
          }
        >
          {t('meetings.remove.body')}
        </ConfirmDialog>
      )}
    </header>
  );
}
