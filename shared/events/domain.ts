import type { CaseKind } from '../cases/domain';

/** The steps of state-to-state matters: Chapter 20/21 disputes and the labor and environment consultations before them. */
const PROCEDURE_STEPS = [
  'consultations_requested',
  'consultations_held',
  'commission_meeting_requested',
  'commission_convened',
  'panel_requested',
  'panelist_proposed',
  'panel_chair_selected',
  'panel_chair_selected_by_lot',
  'panelist_appointed',
  'panelist_selected_by_lot',
  'panel_composed',
  'initial_written_submission',
  'initial_report_issued',
  'initial_report_comments',
  'final_report_issued',
  'final_report_published',
  'resolution_agreed',
  'compensation_negotiations_started',
  'suspension_notified',
  'panel_reconvene_requested',
  'panel_reconvened',
  'reconvened_panel_determination',
  'monetary_assessment_notified',
  'assessment_consultations_held',
  'assessment_agreed',
  'assessment_payment_demanded',
  'assessment_paid',
  'benefits_suspended',
  'compliance_review_requested',
  'compliance_report_issued',
  'labor_consultations_requested',
  'labor_council_convened',
  'environment_consultations_requested',
  'environment_council_convened',
] as const;

/** The steps of a submission on environmental enforcement matters (CAFTA-DR Art. 17.7–17.8; TPA Art. 18.8–18.9). */
const SUBMISSION_STEPS = [
  'submission_filed',
  'secretariat_response_requested',
  'response_extension_notified',
  'party_response_delivered',
  'factual_record_recommended',
  'factual_record_instructed',
  'draft_factual_record_submitted',
  'draft_comments_delivered',
  'final_factual_record_submitted',
  'factual_record_published',
] as const;

export const EVENT_TYPES = [...PROCEDURE_STEPS, ...SUBMISSION_STEPS, 'note'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * The event types that can be recorded on a case of this kind, in procedure
 * order. A state-to-state matter can pass from labor or environmental
 * consultations into the dispute chapter, so those kinds share one list; a
 * submission to the environmental secretariat has steps of its own.
 */
export function eventTypesFor(kind: CaseKind): readonly EventType[] {
  return kind === 'environment_submission' ? [...SUBMISSION_STEPS, 'note'] : [...PROCEDURE_STEPS, 'note'];
}

export type CaseEvent = Readonly<{
  id: string;
  caseId: string;
  type: EventType;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  text: string;
  /**
   * A step planned for a date ahead (a Commission meeting set for next month):
   * drawn as planned, it starts and meets no time limit until it is confirmed
   * as held (issue 5 §4).
   */
  scheduled: boolean;
  /** Stamped by the write path on every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
}>;
