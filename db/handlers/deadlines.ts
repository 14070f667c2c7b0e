// deadlines.upcoming: pending time limits of open cases, overdue ones included.
import type { UpcomingLimit } from '../../shared/api/contract';
import type { AgreementId } from '../../shared/domain/agreements';
import type { TimeLimit } from '../../shared/domain/limits';
import { addCalendarDays } from '../../shared/procedure/calendar';
import { limitView } from '../../shared/procedure/status';
import { statement } from '../statements';
import type { Handlers } from './types';

type DeadlineRow = { caseId: string; reference: string; title: string; agreement: AgreementId; detail: string };

export const deadlineHandlers: Pick<Handlers, 'deadlines.upcoming'> = {
  'deadlines.upcoming': ({ withinDays }, { db, today }) => {
    const horizon = addCalendarDays(today, withinDays);
    // Driven by the partial index case_limits_pending (which `resolution =
    // 'pending'` selects) in date order; CROSS JOIN keeps SQLite from starting
    // at the cases instead. Closed cases have no pending limits (the engine
    // marks them not applicable), so few rows are read beyond the answer.
    const rows = statement(
      db,
      `SELECT c.id AS caseId, c.reference, c.title, c.agreement, l.detail
         FROM case_limits AS l CROSS JOIN cases AS c ON c.id = l.case_id
        WHERE l.resolution = 'pending' AND l.date <= ? AND c.status = 'open'
        ORDER BY l.date, c.reference, l.position`,
    ).all(horizon) as DeadlineRow[];
    const items: UpcomingLimit[] = [];
    for (const row of rows) {
      const limit = limitView(JSON.parse(row.detail) as TimeLimit, today);
      // A window that passed unused is no longer anyone's deadline (shared/procedure/status.ts).
      if (limit.status === 'met' || limit.status === 'not_applicable') continue;
      items.push({ caseId: row.caseId, reference: row.reference, title: row.title, agreement: row.agreement, limit });
    }
    return { today, items };
  },
};

