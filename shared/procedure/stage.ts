// Where a case stands, derived from its events (oldest first).
import type { CaseKind, CaseStatus } from '../cases/domain';
import type { EventType } from '../events/domain';
import { STAGES, type Stage } from '../domain/stages';
import type { ProcedureEvent } from './engine';

/** The stage each event type puts a case in; null for events that do not move it. */
const EVENT_STAGE: Readonly<Record<EventType, Stage | null>> = {
  labor_consultations_requested: 'labor_consultations',
  labor_council_convened: 'labor_council',
  environment_consultations_requested: 'environment_consultations',
  environment_council_convened: 'environment_council',
  consultations_requested: 'consultations',
  consultations_held: 'consultations',
  commission_meeting_requested: 'commission',
  commission_convened: 'commission',
  panel_requested: 'panel_composition',
  panelist_proposed: 'panel_composition',
  panel_chair_selected: 'panel_composition',
  panel_chair_selected_by_lot: 'panel_composition',
  panelist_appointed: 'panel_composition',
  panelist_selected_by_lot: 'panel_composition',
  panel_composed: 'panel_proceedings',
  initial_written_submission: 'panel_proceedings',
  initial_report_issued: 'initial_report',
  initial_report_comments: 'initial_report',
  final_report_issued: 'final_report',
  final_report_published: 'final_report',
  compensation_negotiations_started: 'compensation',
  suspension_notified: 'suspension',
  panel_reconvene_requested: 'suspension',
  panel_reconvened: 'suspension',
  reconvened_panel_determination: 'suspension',
  benefits_suspended: 'suspension',
  monetary_assessment_notified: 'monetary_assessment',
  assessment_consultations_held: 'monetary_assessment',
  assessment_agreed: 'monetary_assessment',
  assessment_payment_demanded: 'monetary_assessment',
  assessment_paid: 'monetary_assessment',
  compliance_review_requested: 'compliance_review',
  compliance_report_issued: 'compliance_review',
  submission_filed: 'submission',
  secretariat_response_requested: 'submission',
  response_extension_notified: 'submission',
  party_response_delivered: 'submission',
  factual_record_recommended: 'factual_record',
  factual_record_instructed: 'factual_record',
  draft_factual_record_submitted: 'factual_record',
  draft_comments_delivered: 'factual_record',
  final_factual_record_submitted: 'factual_record',
  factual_record_published: 'factual_record',
  resolution_agreed: 'resolved',
  note: null,
};

/**
 * Requests that start a procedure again after a resolution was agreed: a new
 * request for consultations or a Commission meeting, a suspension notice for
 * an agreed resolution that is not observed (CAFTA-DR Art. 20.16.2(b); TPA
 * Art. 21.16.2(b)), a request to reconvene the panel because an agreed
 * resolution is not observed (CAFTA-DR Art. 20.17.1(b)), or a compliance review. Other events after a resolution
 * (e.g. publishing the final report) leave the case resolved.
 */
const REOPENING: ReadonlySet<EventType> = new Set<EventType>([
  'labor_consultations_requested',
  'environment_consultations_requested',
  'consultations_requested',
  'commission_meeting_requested',
  'panel_requested',
  'suspension_notified',
  'panel_reconvene_requested',
  'compliance_review_requested',
]);

function rank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/**
 * The furthest stage the events reach: a late record of an earlier step
 * (consultations held after the Commission was asked to meet) does not move
 * the case back. Committee matters wait in 'committee' until a request for
 * consultations moves them into the dispute track (TPA Art. 7.7.4; CAFTA-DR
 * Art. 7.8.3 where the Parties agree). A case whose status is resolved is
 * resolved whatever its events say.
 */
export function deriveStage(kind: CaseKind, status: CaseStatus, events: readonly ProcedureEvent[]): Stage {
  if (status === 'resolved') return 'resolved';
  let stage: Stage = kind === 'committee_matter' ? 'committee' : 'not_started';
  // Same-day events are taken in procedural order, so a resolution agreed on
  // the day of another step is applied last.
  const ordered = events
    .map((event) => ({ event, next: EVENT_STAGE[event.type] }))
    .filter((item): item is { event: ProcedureEvent; next: Stage } => item.next !== null)
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || rank(a.next) - rank(b.next));
  for (const { event, next } of ordered) {
    if (stage === 'resolved') {
      if (REOPENING.has(event.type)) stage = next;
    } else if (rank(next) > rank(stage)) {
      stage = next;
    }
  }
  return stage;
}
