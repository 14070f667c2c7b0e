// Periods the Parties agreed instead of the treaty's ("or such other period
// as the Parties agree"); both answer the case detail, recomputed.
import type { CaseDetail } from '../cases/api';
import { command } from '../api/method';
import { limitsAgreeInput, limitsUnagreeInput } from './schemas';

export const limitsApi = {
  'limits.agree': command<CaseDetail>()(limitsAgreeInput),
  'limits.unagree': command<CaseDetail>()(limitsUnagreeInput),
} as const;
