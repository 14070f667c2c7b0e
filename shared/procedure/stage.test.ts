import { describe, expect, it } from 'vitest';
import type { EventType } from '../events/domain';
import type { ProcedureEvent } from './engine';
import { deriveStage } from './stage';

function ev(id: string, type: EventType, date: string): ProcedureEvent {
  return { id, type, date };
}

describe('deriveStage', () => {
  it('starts a committee matter in committee and any other case at not_started', () => {
    expect(deriveStage('committee_matter', 'open', [])).toBe('committee');
    expect(deriveStage('dispute', 'open', [])).toBe('not_started');
    expect(deriveStage('labor_consultation', 'open', [ev('n', 'note', '2025-01-01')])).toBe('not_started');
  });

  it('does not move back for a late record of an earlier step', () => {
    const events = [
      ev('c1', 'consultations_requested', '2025-03-03'),
      ev('m1', 'commission_meeting_requested', '2025-05-05'),
      ev('h1', 'consultations_held', '2025-05-09'),
    ];
    expect(deriveStage('dispute', 'open', events)).toBe('commission');
  });

  it('takes same-day events in procedural order, whatever order they were recorded in', () => {
    const events = [ev('ra', 'resolution_agreed', '2025-06-01'), ev('m1', 'commission_meeting_requested', '2025-06-01')];
    expect(deriveStage('dispute', 'open', events)).toBe('resolved');
  });

  it('stays resolved when the final report is published after the resolution', () => {
    const events = [
      ev('fr', 'final_report_issued', '2025-12-01'),
      ev('ra', 'resolution_agreed', '2025-12-05'),
      ev('pb', 'final_report_published', '2025-12-12'),
    ];
    expect(deriveStage('dispute', 'open', events)).toBe('resolved');
  });

  it('reopens after a resolution for a new request or a compliance review', () => {
    const resolved = [ev('c1', 'consultations_requested', '2025-03-03'), ev('ra', 'resolution_agreed', '2025-04-01')];
    expect(deriveStage('dispute', 'open', [...resolved, ev('c2', 'consultations_requested', '2026-01-05')])).toBe('consultations');
    expect(deriveStage('dispute', 'open', [...resolved, ev('cr', 'compliance_review_requested', '2026-01-05')])).toBe('compliance_review');
  });

  it('follows the labor track into the dispute track', () => {
    const labor = [ev('l1', 'labor_consultations_requested', '2025-01-15')];
    expect(deriveStage('labor_consultation', 'open', labor)).toBe('labor_consultations');
    const council = [...labor, ev('lc', 'labor_council_convened', '2025-02-20')];
    expect(deriveStage('labor_consultation', 'open', council)).toBe('labor_council');
    expect(deriveStage('labor_consultation', 'open', [...council, ev('c1', 'consultations_requested', '2025-03-20')])).toBe('consultations');
  });

  it('follows the later stages through suspension and compliance review', () => {
    const events = [
      ev('cn', 'compensation_negotiations_started', '2026-01-20'),
      ev('sn', 'suspension_notified', '2026-02-23'),
      ev('bs', 'benefits_suspended', '2026-03-25'),
    ];
    expect(deriveStage('dispute', 'open', events.slice(0, 1))).toBe('compensation');
    expect(deriveStage('dispute', 'open', events)).toBe('suspension');
    expect(deriveStage('dispute', 'open', [...events, ev('cr', 'compliance_review_requested', '2026-06-01')])).toBe('compliance_review');
  });

  it('reports a case with status resolved as resolved', () => {
    expect(deriveStage('dispute', 'resolved', [ev('c1', 'consultations_requested', '2025-03-03')])).toBe('resolved');
  });
});
