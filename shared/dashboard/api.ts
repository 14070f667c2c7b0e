// The dashboard's case counts.
import { emptyInput } from '../api/fields';
import { query } from '../api/method';
import type { CaseStatus } from '../cases/domain';
import type { AgreementId } from '../domain/agreements';

export type DashboardSummary = Readonly<{
  total: number;
  counts: readonly Readonly<{ agreement: AgreementId; status: CaseStatus; count: number }>[];
}>;

export const dashboardApi = {
  'dashboard.summary': query<DashboardSummary>()(emptyInput),
} as const;
