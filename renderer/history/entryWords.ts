// What a history entry says, in the UI language: its headline ("Recorded the
// event Consultations requested (3 Mar 2025)") and the fields it changed, with
// codes shown as their labels ("Language: English → Español"). One wording for
// the case page's history and the app-wide History screen.
import { UNKNOWN_ACTOR, type AuditEntry } from '../../shared/history/domain';
import { isMessageKey, type MessageKey } from '../../shared/i18n/catalog';
import { findRule } from '../../shared/procedure/rules/registry';
import type { LocaleTools } from '../i18n/LocaleContext';
import { changedFields, snapshotString, type FieldChange } from './historySummary';

export type WordTools = Pick<LocaleTools, 't' | 'locale' | 'formatDate'>;

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
  // The settings (settings.update): the same words as the Settings screen.
  userName: 'settings.name.label',
  locale: 'language.label',
};

/** Vocabulary fields whose values have labels in the messages (`<prefix>.<code>`). */
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
  locale: 'language',
};

/** One changed field as a reader sees it: before → after on a change, the value on a creation or removal. */
export type ChangeWords = Readonly<
  { field: string; label: string } & ({ kind: 'changed'; before: string; after: string } | { kind: 'value'; value: string })
>;

export function actorName({ t }: Pick<LocaleTools, 't'>, actor: string): string {
  return actor === UNKNOWN_ACTOR ? t('history.unknownActor') : actor;
}

export function fieldLabel({ t }: Pick<LocaleTools, 't'>, field: string): string {
  const key = FIELD_LABELS[field];
  return key === undefined ? field : t(key);
}

export function formatValue(tools: WordTools, field: string, value: unknown): string {
  const { t, formatDate } = tools;
  // Until a language is chosen the app shows the computer's; "—" would read as none.
  if (field === 'locale' && (value === null || value === undefined)) return t('history.localeUnset');
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
  if (field === 'days' && typeof value === 'number') return t(value === 1 ? 'agreed.days.value.one' : 'agreed.days.value.other', { n: value });
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(label).join(', ');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const text = label(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function eventName(tools: WordTools, snapshot: unknown): string {
  const type = snapshotString(snapshot, 'type');
  const date = snapshotString(snapshot, 'date');
  const name = type !== null ? formatValue(tools, 'type', type) : tools.t('history.anEvent');
  // A step recorded as scheduled says so: "Commission convened (15 Dec 2026, planned)".
  const planned = typeof snapshot === 'object' && snapshot !== null && (snapshot as { scheduled?: unknown }).scheduled === true;
  const when = date !== null ? [tools.formatDate(date), ...(planned ? [tools.t('timeline.planned')] : [])].join(', ') : null;
  return when !== null ? `${name} (${when})` : name;
}

/** What was done, in one line: "Changed the case", "Removed the event Panel requested (2 Jun 2025)". */
export function entryHeadline(tools: WordTools, entry: AuditEntry): string {
  const { t } = tools;
  switch (entry.subject.type) {
    case 'case':
      return t(`history.case.${entry.action}`);
    case 'event':
      // The event as it was before the change; a creation or a restore (back from the Trash) has only the after.
      return t(`history.event.${entry.action}`, { event: eventName(tools, entry.before ?? entry.after) });
    case 'limit_agreement': {
      const rule = snapshotString(entry.after ?? entry.before, 'rule');
      const limit = (rule !== null ? findRule(rule)?.title[tools.locale] : undefined) ?? t('history.aLimit');
      return t(`history.agreement.${entry.action}`, { limit });
    }
    case 'settings': {
      // The name the history records is a setting; its change says so (issue 7 §4).
      const before = snapshotString(entry.before, 'userName');
      const after = snapshotString(entry.after, 'userName');
      if (after === null || after === before) return t('history.settings');
      return t(before === null ? 'history.settings.nameGiven' : 'history.settings.nameChanged');
    }
    case 'meeting':
    case 'attendee':
    case 'agenda_item':
    case 'decision':
    case 'action_item':
      return t(`history.${entry.subject.type}.${entry.action}`);
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

/** The fields an entry lists under its headline. */
export function entryChanges(tools: WordTools, entry: AuditEntry): readonly ChangeWords[] {
  if (entry.action === 'update')
    return changedFields(entry.before, entry.after).map((change) => ({
      field: change.field,
      label: fieldLabel(tools, change.field),
      kind: 'changed',
      before: formatValue(tools, change.field, change.before),
      after: formatValue(tools, change.field, change.after),
    }));
  // A creation lists no fields: the record's page shows what was entered. An
  // agreed period lists what was agreed (or removed) even so: its case page
  // shows only the current one.
  if (entry.subject.type !== 'limit_agreement') return [];
  return agreementFields(entry.action === 'create' ? entry.after : entry.before).map((change) => ({
    field: change.field,
    label: fieldLabel(tools, change.field),
    kind: 'value',
    value: formatValue(tools, change.field, change.after),
  }));
}

/** The text of an event as recorded, shown under its creation; null otherwise. */
export function entryNote(entry: AuditEntry): string | null {
  if (entry.subject.type !== 'event' || entry.action !== 'create') return null;
  const text = snapshotString(entry.after, 'text');
  return text === null || text.trim() === '' ? null : text;
}
