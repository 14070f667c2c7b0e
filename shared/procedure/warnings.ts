// Warnings about a case's record that depend on today: a step dated ahead
// that is not recorded as scheduled (allowed only for a planned step, issue 5
// §1), and a scheduled step whose date has passed without being confirmed.
import type { CaseWarning } from '../domain/limits';
import type { ProcedureEvent } from './engine';

export function todayWarnings(events: readonly ProcedureEvent[], today: string): CaseWarning[] {
  return events.flatMap((event): CaseWarning[] => {
    const params = { type: event.type, date: event.date };
    if (event.scheduled !== true && event.date > today) {
      return [{ code: 'future_event', eventId: event.id, params, message: `${event.type} is dated ${event.date}, after today, but not recorded as scheduled: it meets no time limit until that day` }];
    }
    if (event.scheduled === true && event.date < today) {
      return [{ code: 'scheduled_passed', eventId: event.id, params, message: `${event.type} was scheduled for ${event.date}: confirm it was held, or change its date` }];
    }
    return [];
  });
}
