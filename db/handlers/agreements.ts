// agreements.list: the reference facts, read from the reference tables.
import { readAgreements } from '../queries/agreements';
import type { Handlers } from './types';

export const agreementHandlers: Pick<Handlers, 'agreements.list'> = {
  'agreements.list': (_input, { db }) => readAgreements(db),
};
