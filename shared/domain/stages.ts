// Where a case stands in the treaty procedure, derived from its events by
// shared/procedure. Stored on the case row so the table can sort and group by it.
export const STAGES = [
  'not_started',
  'submission',
  'factual_record',
  'labor_consultations',
  'labor_council',
  'environment_consultations',
  'environment_council',
  'committee',
  'consultations',
  'commission',
  'panel_composition',
  'panel_proceedings',
  'initial_report',
  'final_report',
  'compensation',
  'suspension',
  'monetary_assessment',
  'compliance_review',
  'resolved',
] as const;
export type Stage = (typeof STAGES)[number];
