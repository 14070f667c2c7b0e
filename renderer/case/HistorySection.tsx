// Who changed what and when, from the history (history.list of the case): the case's
// own edits, every event added, corrected or removed, and every period the
// Parties agreed for a time limit (limits.agree / limits.unagree).
import { UNKNOWN_ACTOR, type AuditEntry } from '../../shared/domain/audit';
import { isMessageKey, type MessageKey } from '../../shared/i18n/catalog';
import { findRule } from '../../shared/procedure/rules/registry';
import { useApiQuery } from '../api/useApi';
import { useLocale, type LocaleTools } from '../i18n/LocaleContext';
import { changedFields, snapshotString, type FieldChange } from './historySummary';

const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  agreement: 'form.agreement',
  kind: 'form.kind',
  title: 'form.title',
  summary: 'form.summary',
  complainant: 'form.complainant',
  respondent: 'form.respondent',
  submitter: 'form.submitter',
  thirdParties: 'form.thirdParties',
  measure: 'form.measure',
  sector: 'form.sector',
  hsCodes: 'form.hsCodes',
  nteCategory: 'form.nteCategory',
  perishable: 'form.perishable',
  claims: 'form.claims',
  reconveneGrounds: 'form.reconveneGrounds',
  status: 'form.status',
  leadOfficer: 'form.leadOfficer',
  openedOn: 'form.openedOn',
  stage: 'case.stage',
  type: 'events.type',
  date: 'events.date',
  text: 'events.text',
  scheduled: 'events.scheduled',
  days: 'agreed.form.days',
  note: 'agreed.form.note',
};

/** Vocabulary fields whose values have labels in the domain messages. */
const VOCABULARY: Readonly<Record<string, string>> = {
  agreement: 'agreement',
  kind: 'kind',
  complainant: 'party',
  respondent: 'party',
  thirdParties: 'party',
  nteCategory: 'nte',
  status: 'status',
  stage: 'stage',
  type: 'event',
  reconveneGrounds: 'grounds',
};

function formatValue(tools: LocaleTools, field: string, value: unknown): string {
  const { t, formatDate } = tools;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  const prefix = VOCABULARY[field];
  const label = (item: unknown): string => {
    // A claim: "16.2.1(a) — Non-conformity found".
    if (typeof item === 'object' && item !== null && 'provision' in item) {
      const claim = item as Readonly<{ provision: unknown; finding?: unknown }>;
      const finding = `finding.${String(claim.finding)}`;
      return `${String(claim.provision)} — ${isMessageKey(finding) ? t(finding) : String(claim.finding)}`;
    }
    const key = `${prefix}.${String(item)}`;
    return prefix !== undefined && isMessageKey(key) ? t(key) : String(item);
  };
  if (field === 'days' && typeof value === 'number') return plural(tools, value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(label).join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const text = label(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function plural({ t }: LocaleTools, days: number): string {
  return t(days === 1 ? 'agreed.days.value.one' : 'agreed.days.value.other', { n: days });
}

function fieldLabel(tools: LocaleTools, field: string): string {
  const key = FIELD_LABELS[field];
  return key === undefined ? field : tools.t(key);
}

function eventName(tools: LocaleTools, snapshot: unknown): string {
  const type = snapshotString(snapshot, 'type');
  const date = snapshotString(snapshot, 'date');
  const name = type !== null ? formatValue(tools, 'type', type) : tools.t('history.anEvent');
  // A step recorded as scheduled says so: "Commission convened (15 Dec 2026, planned)".
  const planned = typeof snapshot === 'object' && snapshot !== null && (snapshot as { scheduled?: unknown }).scheduled === true;
  const when = date !== null ? [tools.formatDate(date), ...(planned ? [tools.t('timeline.planned')] : [])].join(', ') : null;
  return when !== null ? `${name} (${when})` : name;
}

function headline(tools: LocaleTools, entry: AuditEntry): string {
  const { t } = tools;
  switch (entry.subject.type) {
    case 'case':
      return t(entry.action === 'create' ? 'history.case.create' : entry.action === 'update' ? 'history.case.update' : 'history.case.remove');
    case 'event': {
      const event = eventName(tools, entry.action === 'create' ? entry.after : entry.before);
      return t(entry.action === 'create' ? 'history.event.create' : entry.action === 'update' ? 'history.event.update' : 'history.event.remove', { event });
    }
    case 'limit_agreement': {
      const rule = snapshotString(entry.after ?? entry.before, 'rule');
      const limit = (rule !== null ? findRule(rule)?.title[tools.locale] : undefined) ?? t('history.aLimit');
      return t(`history.agreement.${entry.action}`, { limit });
    }
    case 'settings':
      return t('history.settings');
    default: {
      const unreachable: never = entry.subject.type;
      return unreachable;
    }
  }
}


/** The date, days and note of an agreed period, for its creation or removal. */
function agreementFields(snapshot: unknown): readonly FieldChange[] {
  return changedFields(null, snapshot)
    .filter((change) => ['date', 'days', 'note'].includes(change.field) && change.after !== null && change.after !== '')
    .map((change) => ({ field: change.field, before: change.after, after: change.after }));
}

export function HistorySection({ caseId, revision }: Readonly<{ caseId: string; revision: number }>) {
  const tools = useLocale();
  const { t, formatDateTime } = tools;
  const history = useApiQuery('history.list', { subject: { type: 'case', id: caseId }, limit: 200 }, `${caseId}#${revision}`);
  if (history.error) return <p className="notice error">{history.error.message}</p>;
  if (history.data === null) return <p className="muted">{t('case.loading')}</p>;
  if (history.data.entries.length === 0) return <p className="case-empty">{t('history.empty')}</p>;
  const entries = history.data.entries;
  return (
    <ol className="history">
      {entries.map((entry) => {
        // A creation lists no before/after: the case page above shows what was entered.
        // An agreed period lists what was agreed (or removed) even on creation: its page shows only the current one.
        const changes =
          entry.action === 'update'
            ? changedFields(entry.before, entry.after)
            : entry.subject.type === 'limit_agreement'
              ? agreementFields(entry.action === 'create' ? entry.after : entry.before)
              : [];
        return (
          <li key={entry.id} className={`history-entry history-${entry.action}`}>
            <div className="history-meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span className="history-actor">{entry.actor === UNKNOWN_ACTOR ? t('history.unknownActor') : entry.actor}</span>
            </div>
            <div className="history-what">
              <div>{headline(tools, entry)}</div>
              {changes.length > 0 && (
                <ul className="history-changes">
                  {changes.map((change) => (
                    <li key={change.field}>
                      <span className="history-field">{fieldLabel(tools, change.field)}:</span>{' '}
                      {entry.action === 'update' ? (
                        <>
                          <del>{formatValue(tools, change.field, change.before)}</del> → <ins>{formatValue(tools, change.field, change.after)}</ins>
                        </>
                      ) : (
                        formatValue(tools, change.field, entry.action === 'create' ? change.after : change.before)
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {entry.subject.type === 'event' && entry.action === 'create' && snapshotString(entry.after, 'text') && (
                <p className="history-text">{snapshotString(entry.after, 'text')}</p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
