// deadlines.upcoming: the most urgent pending time limits of open cases,
// overdue ones included, and how many there are in all (issue 6 §2: at 100,000
// cases the unbounded list was 12,487 items and 8 MB of JSON).
import type { UpcomingLimit } from '../../shared/deadlines/api';
import type { TimeLimit } from '../../shared/domain/limits';
import { addCalendarDays } from '../../shared/procedure/calendar';
import { DUE_SOON_DAYS, limitView } from '../../shared/procedure/status';
import { upcomingCounts, upcomingPage, type UpcomingBounds } from './queries';
import type { Handlers } from '../handlerTypes';

export const deadlineHandlers: Pick<Handlers, 'deadlines.upcoming'> = {
  'deadlines.upcoming': ({ withinDays, limit }, { db, today }) => {
    const horizon = addCalendarDays(today, withinDays);
    const soon = addCalendarDays(today, DUE_SOON_DAYS);
    const bounds: UpcomingBounds = { today, horizon, soon };
    // The SQL already leaves out what limitView would call met or not
    // applicable (db/deadlines/queries.ts); only these rows' JSON is parsed.
    const items: UpcomingLimit[] = upcomingPage(db, bounds, limit).map((row) => ({
      caseId: row.caseId,
      reference: row.reference,
      title: row.title,
      agreement: row.agreement,
      limit: limitView(JSON.parse(row.detail) as TimeLimit, today),
    }));
    const counted = upcomingCounts(db, bounds);
    const later = counted.total - counted.overdue - counted.dueSoon - counted.open - counted.pastTarget;
    return { today, items, counts: { ...counted, later }, truncated: counted.total > items.length };
  },
};
