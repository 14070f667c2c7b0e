// agreements.list: the reference facts, read from the reference tables.
import { readAgreements } from './queries';
import type { Handlers } from '../handlerTypes';

export const agreementHandlers: Pick<Handlers, 'agreements.list'> = {
  'agreements.list': (_input, { db }) => readAgreements(db),
};
