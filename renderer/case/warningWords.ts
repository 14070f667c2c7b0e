// A record warning of cases.get in the official's language. The API's
// `message` is English for API users; the screen words each code itself from
// its parameters (event types, dates, the rule concerned), as style.md asks
// ("only the renderer turns codes into words").
import type { CaseEvent, EventType } from '../../shared/events/domain';
import { EVENT_TYPES } from '../../shared/events/domain';
import type { CaseWarning, TimeLimitView } from '../../shared/domain/limits';
import { findRule } from '../../shared/procedure/rules/registry';
import type { LocaleTools } from '../i18n/LocaleContext';

type Tools = Pick<LocaleTools, 't' | 'formatDate' | 'locale'>;

function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** The limit a warning is about: the one met by the warning's event where several run under one rule. */
export function warningLimit(warning: CaseWarning, limits: readonly TimeLimitView[]): TimeLimitView | null {
  if (warning.rule === undefined) return null;
  const candidates = limits.filter((limit) => limit.rule === warning.rule);
  return candidates.find((limit) => warning.eventId !== undefined && limit.metBy?.eventId === warning.eventId) ?? candidates[0] ?? null;
}

export function warningEvent(warning: CaseWarning, events: readonly CaseEvent[]): CaseEvent | null {
  return warning.eventId === undefined ? null : (events.find((event) => event.id === warning.eventId) ?? null);
}

/** The sentence for one warning. */
export function warningWords(
  tools: Tools,
  warning: CaseWarning,
  context: Readonly<{ events: readonly CaseEvent[]; limits: readonly TimeLimitView[] }>,
): string {
  const { t, formatDate, locale } = tools;
  const params = warning.params ?? {};
  const event = warningEvent(warning, context.events);
  const limit = warningLimit(warning, context.limits);
  const eventName = (type: string | undefined) => (type !== undefined && isEventType(type) ? t(`event.${type}`) : (type ?? t('history.anEvent')));
  const date = (value: string | undefined) => (value === undefined || value === '' ? '—' : formatDate(value));
  const needs = (params['needs'] ?? '')
    .split(',')
    .filter((type) => type !== '')
    .map((type) => (locale === 'es' ? `«${eventName(type)}»` : `“${eventName(type)}”`))
    .join(t('warning.or'));
  const limitTitle = limit?.title[locale] ?? (warning.rule !== undefined ? findRule(warning.rule)?.title[locale] : undefined) ?? t('history.aLimit');
  const step = { event: eventName(params['type'] ?? event?.type ?? limit?.metBy?.type), date: date(params['date'] ?? event?.date) };
  const taken = { event: eventName(limit?.metBy?.type ?? event?.type), date: date(limit?.metBy?.date ?? event?.date), limit: limitTitle, limitDate: date(params['date'] ?? limit?.date) };

  switch (warning.code) {
    case 'future_event':
      return t('warning.future_event', step);
    case 'scheduled_passed':
      return t('warning.scheduled_passed', step);
    case 'out_of_order':
      return t('warning.out_of_order', { event: step.event, date: step.date, needs });
    case 'prior_step_missing':
      return t('warning.prior_step_missing', { event: step.event, date: step.date, needs });
    case 'premature':
      if (params['reason'] === 'before_opening') return t('warning.premature.before_opening', taken);
      if (params['reason'] === 'condition_missing') return t('warning.premature.condition_missing', taken);
      return t('warning.premature', taken);
    case 'late':
      return t('warning.late', taken);
    case 'missed':
      return t('warning.missed', taken);
    case 'condition_pending': {
      // The rule says in both languages what cannot happen until its condition holds.
      const until = warning.rule !== undefined ? findRule(warning.rule)?.condition?.until[locale] : undefined;
      return until ?? t('warning.condition_pending', { needs });
    }
    case 'findings_missing':
      return t('warning.findings_missing');
    case 'reconvene_grounds_missing':
      return t('warning.reconvene_grounds_missing');
    case 'check_installments':
      return t('warning.check_installments', taken);
    case 'remedy_without_breach':
      return t('warning.remedy_without_breach', step);
    case 'agreement_stale':
      return t('warning.agreement_stale', { limit: limitTitle });
    default: {
      const unreachable: never = warning.code;
      return unreachable;
    }
  }
}

/**
 * A second line where the rule explains the condition a premature step
 * lacked ("only a consulting Party that requested a Commission meeting may
 * request a panel", Art. 20.6.1).
 */
export function warningDetail(tools: Tools, warning: CaseWarning): string | null {
  if (warning.code !== 'premature' || warning.params?.['reason'] !== 'condition_missing' || warning.rule === undefined) return null;
  return findRule(warning.rule)?.condition?.until[tools.locale] ?? null;
}

/** Whether the fix is in the case form (claims, grounds) rather than in the events. */
export function isFixedInCaseForm(warning: CaseWarning): boolean {
  return warning.code === 'findings_missing' || warning.code === 'reconvene_grounds_missing';
}
