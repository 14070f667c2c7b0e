// dashboard.summary: case counts by agreement and status.
import { AGREEMENT_IDS, type AgreementId } from '../../shared/domain/agreements';
import { CASE_STATUSES, type CaseStatus } from '../../shared/cases/domain';
import { statement } from '../statements';
import type { Handlers } from '../handlerTypes';

type CountRow = { agreement: AgreementId; status: CaseStatus; count: number };

export const dashboardHandlers: Pick<Handlers, 'dashboard.summary'> = {
  'dashboard.summary': (_input, { db }) => {
    const rows = statement(db, 'SELECT agreement, status, count(*) AS count FROM cases GROUP BY agreement, status').all() as CountRow[];
    // In the order of the domain lists (open before closed), not alphabetical.
    const counts = rows.sort(
      (a, b) =>
        AGREEMENT_IDS.indexOf(a.agreement) - AGREEMENT_IDS.indexOf(b.agreement) ||
        CASE_STATUSES.indexOf(a.status) - CASE_STATUSES.indexOf(b.status),
    );
    return { total: counts.reduce((sum, row) => sum + row.count, 0), counts };
  },
};
