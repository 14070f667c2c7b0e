// The agreements feature: reference data of the three agreements.
import { emptyInput } from '../api/fields';
import { query } from '../api/method';
import type { AgreementInfo } from './info';

export const agreementsApi = {
  'agreements.list': query<readonly AgreementInfo[]>()(emptyInput),
} as const;
