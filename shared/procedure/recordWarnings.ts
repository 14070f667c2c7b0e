// What is wrong with, or missing from, the record of a case, apart from today
// (warnings.ts adds what depends on today): steps out of procedural order,
// steps the treaty would call premature, late or missed, conditions not yet
// met, and the facts the remedy rules need.
import type { AgreementId } from '../domain/agreements';
import type { CaseKind, ReconveneGrounds } from '../cases/domain';
import type { EventType } from '../events/domain';
import type { CaseWarning, TimeLimit } from '../domain/limits';
import type { ProcedureEvent } from './engine';
import type { RemedyFacts } from './remedies';
import type { ProcedureRule } from './ruleTypes';
import { CITATION_PREFIX } from './rules/citations';

/**
 * Steps that presuppose an earlier one: at least one of the listed events
 * must be recorded on or before them. Only where the treaty's sequence leaves
 * no doubt; a Commission meeting, for one, may follow Chapter 20/21, labor,
 * environment or TBT consultations (Art. 20.5.2 / 21.5.2), so it has none.
 */
const PREREQUISITES: Readonly<Partial<Record<EventType, readonly EventType[]>>> = {
  consultations_held: ['consultations_requested'],
  commission_convened: ['commission_meeting_requested'],
  panel_requested: ['consultations_requested', 'commission_meeting_requested'],
  panelist_proposed: ['panel_requested'],
  panel_chair_selected: ['panel_requested'],
  panel_chair_selected_by_lot: ['panel_requested'],
  panelist_appointed: ['panel_requested'],
  panelist_selected_by_lot: ['panel_requested'],
  panel_composed: ['panel_requested'],
  initial_written_submission: ['panel_requested'],
  initial_report_issued: ['panel_composed'],
  initial_report_comments: ['initial_report_issued'],
  final_report_issued: ['initial_report_issued'],
  final_report_published: ['final_report_issued'],
  compensation_negotiations_started: ['final_report_issued'],
  suspension_notified: ['final_report_issued'],
  panel_reconvene_requested: ['final_report_issued'],
  panel_reconvened: ['panel_reconvene_requested'],
  reconvened_panel_determination: ['panel_reconvened'],
  monetary_assessment_notified: ['suspension_notified'],
  assessment_consultations_held: ['monetary_assessment_notified'],
  assessment_agreed: ['monetary_assessment_notified'],
  assessment_payment_demanded: ['reconvened_panel_determination'],
  assessment_paid: ['monetary_assessment_notified', 'assessment_payment_demanded'],
  benefits_suspended: ['suspension_notified', 'assessment_payment_demanded'],
  compliance_review_requested: ['final_report_issued'],
  compliance_report_issued: ['compliance_review_requested'],
  labor_council_convened: ['labor_consultations_requested'],
  environment_council_convened: ['environment_consultations_requested'],
  secretariat_response_requested: ['submission_filed'],
  response_extension_notified: ['secretariat_response_requested'],
  party_response_delivered: ['secretariat_response_requested'],
  factual_record_recommended: ['submission_filed'],
  factual_record_instructed: ['submission_filed'],
  draft_factual_record_submitted: ['factual_record_instructed'],
  draft_comments_delivered: ['draft_factual_record_submitted'],
  final_factual_record_submitted: ['draft_factual_record_submitted'],
  factual_record_published: ['final_factual_record_submitted'],
};

/** Steps that only a finding of non-conformity permits. */
const REMEDY_STEPS: ReadonlySet<EventType> = new Set<EventType>([
  'suspension_notified',
  'benefits_suspended',
  'panel_reconvene_requested',
  'monetary_assessment_notified',
  'assessment_payment_demanded',
]);

export function prerequisitesOf(type: EventType): readonly EventType[] {
  return PREREQUISITES[type] ?? [];
}

export type RecordFacts = Readonly<{
  agreement: AgreementId;
  kind: CaseKind;
  /** Held events, oldest first. */
  events: readonly ProcedureEvent[];
  limits: readonly TimeLimit[];
  /** Rules left out because the treaty's condition for the step is missing. */
  pendingConditions: readonly ProcedureRule[];
  remedies: RemedyFacts;
  reconveneGrounds: ReconveneGrounds | null;
}>;

export function recordWarnings(facts: RecordFacts): CaseWarning[] {
  return [
    ...orderWarnings(facts.events),
    ...limitWarnings(facts.limits),
    ...conditionWarnings(facts.pendingConditions),
    ...remedyWarnings(facts),
  ];
}

/**
 * A step whose prerequisite is recorded only later is out of order (a panel
 * composed before the panel was requested). One whose prerequisite is not
 * recorded at all may just be a partial history (a date the sources do not
 * give), so it is reported apart, as a gap in the record.
 */
function orderWarnings(events: readonly ProcedureEvent[]): CaseWarning[] {
  return events.flatMap((event): CaseWarning[] => {
    const needs = prerequisitesOf(event.type);
    const prior = events.filter((other) => needs.includes(other.type));
    if (needs.length === 0 || prior.some((other) => other.date <= event.date)) return [];
    const params = { type: event.type, date: event.date, needs: needs.join(',') };
    if (prior.length > 0) {
      return [{ code: 'out_of_order', eventId: event.id, params, message: `${event.type} on ${event.date} comes before any ${needs.join(' or ')}` }];
    }
    return [{ code: 'prior_step_missing', eventId: event.id, params, message: `${event.type} on ${event.date} is recorded without any ${needs.join(' or ')}` }];
  });
}

function limitWarnings(limits: readonly TimeLimit[]): CaseWarning[] {
  return limits.flatMap((limit): CaseWarning[] => {
    const common = { rule: limit.rule, article: limit.article, params: { date: limit.date, reason: limit.reason ?? '' } };
    switch (limit.resolution) {
      case 'premature':
        return [{ ...common, code: 'premature', eventId: limit.metBy?.eventId, message: `${limit.metBy?.type} on ${limit.metBy?.date} is premature under ${limit.article} (${limit.reason})` }];
      case 'late':
        return [{ ...common, code: 'late', eventId: limit.metBy?.eventId, message: `${limit.metBy?.type} on ${limit.metBy?.date} came after ${limit.date} (${limit.article})` }];
      case 'missed':
        return [{ ...common, code: 'missed', message: `The limit of ${limit.date} (${limit.article}) passed unmet before the procedure moved on` }];
      case 'not_applicable':
        // Suspension after the first installment was paid: lawful only if a later one was not (Art. 20.16.8 / 21.16.8).
        return limit.reason === 'installments_unverified'
          ? [{ ...common, code: 'check_installments', eventId: limit.metBy?.eventId, message: `Benefits were suspended after the first installment of the monetary assessment was paid: check that a later installment was not paid (${limit.article})` }]
          : [];
      default:
        return [];
    }
  });
}

function conditionWarnings(rules: readonly ProcedureRule[]): CaseWarning[] {
  const seen = new Set<string>();
  return rules.flatMap((rule): CaseWarning[] => {
    const condition = rule.condition;
    if (condition === null || seen.has(condition.article)) return [];
    seen.add(condition.article);
    return [
      {
        code: 'condition_pending',
        rule: rule.id,
        article: condition.article,
        params: { needs: condition.anyOf.join(',') },
        message: condition.until.en,
      },
    ];
  });
}

function remedyWarnings(facts: RecordFacts): CaseWarning[] {
  const warnings: CaseWarning[] = [];
  const has = (type: EventType) => facts.events.some((event) => event.type === type);
  const prefix = CITATION_PREFIX[facts.agreement];
  const chapter = facts.agreement === 'cafta-dr' ? `${prefix} 20.15–20.17` : `${prefix} 21.15–21.16`;
  if (has('final_report_issued') && !facts.remedies.findingsRecorded) {
    warnings.push({
      code: 'findings_missing',
      article: chapter,
      message: `Record the provisions claimed and what the panel found on each: the remedy time limits (${chapter}) follow from them`,
    });
  }
  // Remedies presuppose a finding of non-conformity (Art. 20.15.2 / 21.15.2):
  // with findings recorded and none found, no remedy step is permitted.
  if (facts.remedies.findingsRecorded && !facts.remedies.enforcementBreach && !facts.remedies.otherBreach) {
    for (const event of facts.events.filter((item) => REMEDY_STEPS.has(item.type))) {
      warnings.push({
        code: 'remedy_without_breach',
        eventId: event.id,
        article: chapter,
        params: { type: event.type, date: event.date },
        message: `${event.type} on ${event.date}, although the panel found no non-conformity (${chapter})`,
      });
    }
  }
  const grounded = facts.limits.some((limit) => limit.rule.endsWith('.reconvened-determination'));
  if (grounded && facts.reconveneGrounds === null) {
    const article = `${prefix} ${facts.agreement === 'cafta-dr' ? '20.16.3' : '21.16.3'}`;
    warnings.push({
      code: 'reconvene_grounds_missing',
      article,
      message: `Record the grounds of the request to reconvene: the panel has 90 days on one ground and 120 days on both (${article}); 90 is shown until then`,
    });
  }
  return warnings;
}
