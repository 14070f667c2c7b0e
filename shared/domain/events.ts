export const EVENT_TYPES = [
  'consultations_requested',
  'consultations_held',
  'commission_meeting_requested',
  'commission_convened',
  'panel_requested',
  'panel_chair_selected',
  'panelist_appointed',
  'panel_composed',
  'initial_report_issued',
  'initial_report_comments',
  'final_report_issued',
  'final_report_published',
  'resolution_agreed',
  'compensation_negotiations_started',
  'suspension_notified',
  'benefits_suspended',
  'compliance_review_requested',
  'compliance_report_issued',
  'labor_consultations_requested',
  'labor_council_convened',
  'environment_consultations_requested',
  'environment_council_convened',
  'note',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type CaseEvent = Readonly<{
  id: string;
  caseId: string;
  type: EventType;
  /** Calendar date, YYYY-MM-DD. */
  date: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}>;
